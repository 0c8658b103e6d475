import Core
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a port can be listened on, asked before starting the server: FlyingFox reports a taken
/// port only as a socket timeout, five seconds later.
public enum PortProbe {
    /// Nil when `port` on `address` is free (0 always is), else a problem that says what to do.
    public static func problem(address: String, port: UInt16) -> Diagnostic? {
        guard port != 0 else { return nil }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        guard inet_pton(AF_INET, address, &addr.sin_addr) == 1 else {
            return Diagnostic(argument: "--bind", message: "\"\(address)\" is not an IPv4 address", hint: "use 127.0.0.1")
        }
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound != 0 else { return nil }
        let code = errno
        if code == EADDRINUSE {
            return Diagnostic(argument: "--port", message: "port \(port) is taken by another program",
                              hint: "pass --port 0 for any free port (the address is printed), or another --port")
        }
        return Diagnostic(argument: "--port", message: "cannot listen on \(address):\(port): \(String(cString: strerror(code)))")
    }
}
