using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Metadata;

/// <summary>
/// The PDF/A output intent (ISO 32000-1, 14.11.5; ISO 19005-2, 6.2.3): sRGB as the destination
/// profile, so DeviceRGB and DeviceGray content has a defined colour. The profile is the zlib-licensed
/// sRGB.icc of Debian's icc-profiles-free (Profiles/LICENSE-sRGB.txt).
/// </summary>
internal static class OutputIntent
{
    private static readonly Lazy<byte[]> Profile = new(ReadProfile);

    public static int Write(PdfOutput output)
    {
        var profile = output.Allocate();
        output.WriteStream(profile, "/N 3"u8, Profile.Value);
        var intent = output.Allocate();
        var body = new PdfBuffer();
        body.Raw("<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB IEC61966-2.1)/RegistryName(http://www.color.org)/Info(sRGB IEC61966-2.1)/DestOutputProfile "u8)
            .Reference(profile).Raw(">>"u8);
        output.Write(intent, body.Span);
        return intent;
    }

    private static byte[] ReadProfile()
    {
        using var stream = typeof(OutputIntent).Assembly.GetManifestResourceStream("Bulletin.Docs.sRGB.icc")
            ?? throw new InvalidOperationException("The sRGB profile is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
