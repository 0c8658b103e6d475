import Foundation
import Site

/// The preview's current build: where its files are, its version (bumped by every rebuild, so
/// open tabs know to reload) and the errors of the last build, if it failed.
actor PreviewState {
    let output: URL
    private(set) var version = 0
    private(set) var errors: String?
    private(set) var lastReport: BuildReport?

    init(output: URL) {
        self.output = output
    }

    func record(_ result: Result<BuildReport, Error>) {
        version += 1
        switch result {
        case .success(let report):
            errors = nil
            lastReport = report
        case .failure(let error):
            errors = "\(error)"
        }
    }
}
