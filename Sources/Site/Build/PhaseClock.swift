import Dispatch

/// Times a build's phases (read, markdown, pages, lists, …) for `goodwill build --timings`
/// and the benchmark.
struct PhaseClock {
    private(set) var phases: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func mark(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Double(now - last) / 1e9))
        last = now
    }
}
