import Ledger
import Share

/// The share kit's platforms and the ledger's channels name the same ways to reach someone;
/// neither module knows the other, so the one mapping between them lives here.
extension Platform {
    /// The platform a message on `channel` is written for: LinkedIn for a channel no platform is
    /// (a `coffee` or a `digest` is not one to write a message for).
    init(channel: Channel) {
        self = Platform(rawValue: channel.text) ?? .linkedin
    }

    /// The channel a message written for this platform goes by, as the ledger logs it.
    var channel: Channel {
        Channel(rawValue)!
    }
}
