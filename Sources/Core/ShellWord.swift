import Foundation

/// A word for a shell command line that the user may copy: left as it is when it holds only
/// characters no shell treats specially, else in single quotes (a `'` inside written `'\''`).
public enum ShellWord {
    public static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "-_./=:@,+%".unicodeScalars.contains($0)
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
