#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Text in the character sets old phones and address books write (`CHARSET=SHIFT_JIS`,
/// Windows-1251, GB2312, Latin-1, …), decoded by the platform's own converter (iconv), which
/// knows every set in use rather than the few Foundation names.
enum Charset {
    /// `bytes` read as `charset` (an IANA name, any case); nil when the platform does not know
    /// the set or the bytes are not valid in it.
    static func decode(_ bytes: some Collection<UInt8>, from charset: String) -> String? {
        let name = charset.uppercased()
        if name == "UTF-8" || name == "UTF8" { return String(validating: bytes, as: UTF8.self) }
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes).map { CChar(bitPattern: $0) }
        // Four bytes out for each in covers every set's worst case in UTF-8.
        var output = [CChar](repeating: 0, count: input.count * 4 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output.prefix(written).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Bytes of a value with no charset given: UTF-8 when they are, else Windows-1252, which
    /// Outlook and old Windows exports use without saying so (a superset of Latin-1).
    static func guess(_ bytes: some Collection<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self) ?? decode(bytes, from: "WINDOWS-1252")
            ?? String(decoding: bytes, as: UTF8.self)
    }
}
