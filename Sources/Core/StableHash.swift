/// A 64-bit FNV-1a hash written as 16 hex digits: the same text gives the same key on every
/// machine and every run (Swift's `Hasher` is seeded per process), for keys kept in files.
public enum StableHash {
    public static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
