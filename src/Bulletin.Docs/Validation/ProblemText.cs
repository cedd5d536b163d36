using System.Globalization;
using System.Text;

namespace Bulletin.Docs.Validation;

/// <summary>Formats values for problem messages, culture-independently.</summary>
internal static class ProblemText
{
    private const int MaxQuotedLength = 60;

    /// <summary>A number as the invariant culture writes it, with at most two decimals.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A code point as Unicode writes it, e.g. <c>U+0007</c>.</summary>
    public static string CodePoint(int value) => "U+" + value.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// A user string in double quotes, shortened, with characters that would garble a message
    /// (controls, surrogates, noncharacters) written as <c>\uXXXX</c>.
    /// </summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 8).Append('"');
        var length = Math.Min(value.Length, MaxQuotedLength);
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            if (c < ' ' || char.IsSurrogate(c) || c >= '\uFFFE')
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        if (value.Length > MaxQuotedLength)
        {
            text.Append('…');
        }

        return text.Append('"').ToString();
    }
}
