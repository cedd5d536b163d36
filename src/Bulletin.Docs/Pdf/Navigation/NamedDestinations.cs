using System.Text;
using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Navigation;

/// <summary>
/// The named destinations of <c>#id</c> links (ISO 32000-1, 12.3.2.3): a name tree (7.9.6) in the
/// catalog's /Names dictionary. Keys are the ids' UTF-8 bytes, sorted bytewise as the tree requires;
/// links name them with the same bytes.
/// </summary>
internal static class NamedDestinations
{
    /// <summary>Writes the /Dests name tree; returns its object number, or <c>null</c> when there is no destination.</summary>
    public static int? Write(PdfOutput output, IEnumerable<(string Name, int Page, double X, double Y)> destinations)
    {
        var sorted = new SortedDictionary<byte[], (int Page, double X, double Y)>(ByteOrder.Instance);
        foreach (var (name, page, x, y) in destinations)
        {
            // An id drawn twice (a table header repeated…) keeps its first place.
            sorted.TryAdd(Encoding.UTF8.GetBytes(name), (page, x, y));
        }

        if (sorted.Count == 0)
        {
            return null;
        }

        var body = new PdfBuffer();
        body.Raw("<</Names["u8);
        foreach (var (key, (page, x, y)) in sorted)
        {
            body.HexString(key).Raw("[ "u8).Reference(page).Raw("/XYZ "u8).Number(x).Space().Number(y).Raw(" null]\n"u8);
        }

        body.Raw("]>>"u8);
        var number = output.Allocate();
        output.Write(number, body.Span);
        return number;
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static ByteOrder Instance { get; } = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
