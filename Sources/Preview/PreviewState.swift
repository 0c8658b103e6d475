import Foundation
import Site

/// The preview's current build: where its files are, its version (bumped by every rebuild, so
/// open tabs know to reload) and the errors of the last build, if it failed.
actor PreviewState {
    let output: URL
    private(set) var version = 0
    private(set) var errors: String?
    /// Long polls waiting for the next version.
    private var waiters: [UUID: CheckedContinuation<Int, Never>] = [:]

    init(output: URL) {
        self.output = output
    }

    func record(_ result: Result<BuildReport, Error>) {
        version += 1
        switch result {
        case .success:
            errors = nil
        case .failure(let error):
            errors = "\(error)"
        }
        for waiter in waiters.values { waiter.resume(returning: version) }
        waiters.removeAll()
    }

    /// The version as soon as it differs from `known`, or the current one after `timeout` (or
    /// when the waiting request goes away).
    func version(after known: Int, timeout: Duration) async -> Int {
        guard version == known else { return version }
        let id = UUID()
        let expiry = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            await self?.wake(id)
        }
        defer { expiry.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in waiters[id] = continuation }
        } onCancel: {
            Task { await self.wake(id) }
        }
    }

    private func wake(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: version)
    }
}
