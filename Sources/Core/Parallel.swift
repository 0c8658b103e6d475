import Dispatch

/// `map` over all cores, results in input order, so parallel builds give the same bytes
/// as serial ones. `threads: 1` runs inline, which tests use to compare.
public enum Parallel {
    /// The transform runs on several threads at once: it is `@Sendable`, and so are the values
    /// it takes and returns, so the compiler checks every parallel phase.
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], threads: Int,
                                                              _ transform: @Sendable (Input) -> Output) -> [Output] {
        if threads <= 1 || inputs.count < 2 { return inputs.map(transform) }
        let slots = ResultSlots<Output>(count: inputs.count)
        // Many more chunks than threads (64 per thread): a thread that finishes early takes
        // another, so the phase does not wait long on the last one.
        let chunks = min(inputs.count, threads * 64)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < inputs.count {
                    slots.store(transform(inputs[index]), at: index)
                    index += chunks
                }
            }
        }
        return slots.collect()
    }
}

/// Each slot is written by exactly one iteration, so no lock is needed. The slots are raw
/// memory, allocated once: `Array.withUnsafeMutableBufferPointer` moves the array's buffer out
/// while its closure runs, so two threads storing through it at once raced (a test crashed).
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {  // safe: each index is stored by one thread, read after all finish
    private let slots: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: Output, at index: Int) {
        precondition(index >= 0 && index < count)
        slots[index] = value
    }

    func collect() -> [Output] { (0..<count).map { slots[$0]! } }
}
