/// The logical lines of a vCard file, one at a time, as bytes: physical lines unfolded before
/// any decoding, so that a character folded in two comes back whole.
///
/// Real files end lines every way there is: CRLF (the standard), LF (iCloud), CR CR LF (iOS 5
/// and 6), a lone CR (old Macs). A line that starts with a space or a tab continues the one
/// before (RFC 6350 § 3.2); a quoted-printable value that ends in `=` goes on in the next line,
/// whose leading whitespace is part of the value (vCard 2.1).
struct VCardLines {
    /// The file, not copied: valid for as long as the caller lends it.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var physicalLine = 0
    /// The physical line read ahead but not yet handed out.
    private var pending: (number: Int, range: Range<Int>)?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        self.bytes = bytes
        position = start
    }

    /// The next logical line and the number of its first physical line; nil at the end.
    mutating func next() -> (line: Int, bytes: ArraySlice<UInt8>)? {
        var first: (number: Int, range: Range<Int>)?
        while first == nil {
            guard let line = pending ?? nextPhysical() else { return nil }
            pending = nil
            if !line.range.isEmpty { first = line }
        }
        guard let (number, range) = first else { return nil }
        var joined: [UInt8]?
        // Asked only of a line ending in "=", which few are.
        var quotedPrintable: Bool?
        while let following = nextPhysical() {
            var softBreak = false
            if (joined?.last ?? bytes[range].last) == UInt8(ascii: "=") {
                if quotedPrintable == nil { quotedPrintable = Self.isQuotedPrintable(bytes[range]) }
                softBreak = quotedPrintable!
            }
            let folded = following.range.first.map { bytes[$0] == 0x20 || bytes[$0] == 0x09 } ?? false
            guard softBreak || folded else {
                pending = following
                break
            }
            if joined == nil { joined = Array(bytes[range]) }
            if softBreak {
                // The "=" goes; the next line follows as it is, leading whitespace and all.
                joined!.removeLast()
                joined!.append(contentsOf: bytes[following.range])
            } else {
                joined!.append(contentsOf: bytes[following.range].dropFirst())
            }
        }
        return (number, joined.map { $0[...] } ?? ArraySlice(bytes[range]))
    }

    /// The next physical line, without its line end.
    private mutating func nextPhysical() -> (number: Int, range: Range<Int>)? {
        guard position < bytes.count else { return nil }
        physicalLine += 1
        let start = position
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        position = end
        // Any run of CRs, then at most one LF, ends the line.
        while position < bytes.count, bytes[position] == 0x0D { position += 1 }
        if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        return (physicalLine, start..<end)
    }

    /// Whether a line's parameters (before the first colon) ask for quoted-printable.
    private static func isQuotedPrintable(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let wanted = Array("quoted-printable".utf8)
        let head = line[..<colon]
        guard head.count >= wanted.count else { return false }
        return (head.startIndex...(head.endIndex - wanted.count)).contains { start in
            // ASCII letters and "-" compare case-insensitively with the 0x20 bit set.
            zip(wanted, head[start...]).allSatisfy { $0 == $1 | 0x20 }
        }
    }
}
