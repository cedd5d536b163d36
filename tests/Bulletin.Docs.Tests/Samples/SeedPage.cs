using System.Runtime.CompilerServices;
using System.Text;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>
/// The seed page's extracted text (vendored in <c>TestData/</c>, a copy of the project's seed page),
/// cleaned the way the TaiyuanDaily sample claims to have cleaned it: extraction breaks joined,
/// half-width punctuation next to Chinese set full-width, the broken nested quotes repaired.
/// The sample is typed by hand; this is the independent check that nothing was lost or changed.
/// </summary>
internal static class SeedPage
{
    // Words the extraction split over two "paragraphs".
    private static readonly (string Broken, string Joined)[] ExtractionBreaks =
    [
        ("营业\n\n执照", "营业执照"),
        ("锦绣太原\n\n城", "锦绣太原城"),
        ("企业安\n\n静期", "企业安静期"),
        ("其中,\n\n“定向长钻孔", "其中,“定向长钻孔"),
    ];

    // GB/T 15834 §4.1.3.2: a quotation inside a quotation takes single quotes; the extraction lost them.
    private const string BrokenNestedQuote = "“定向长钻孔”钻、冲、护”一体化瓦斯抽采及“以孔代巷”技术研究”";
    private const string NestedQuote = "“定向长钻孔‘钻、冲、护’一体化瓦斯抽采及‘以孔代巷’技术研究”";

    /// <summary>The cleaned paragraphs (blank-line separated blocks) of the page, in extraction order.</summary>
    public static IReadOnlyList<string> Paragraphs()
    {
        var text = TestData.SeedPageText.ReplaceLineEndings("\n");
        foreach (var (broken, joined) in ExtractionBreaks)
        {
            Assert.That(text, Does.Contain(broken), $"The seed no longer has the break '{broken}'.");
            text = text.Replace(broken, joined, StringComparison.Ordinal);
        }

        text = FullWidthPunctuation(text);
        Assert.That(text, Does.Contain(BrokenNestedQuote));
        text = text.Replace(BrokenNestedQuote, NestedQuote, StringComparison.Ordinal);
        return text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>, : ; ( ) ? ! next to a Chinese character or mark become ， ： ； （ ） ？ ！ (GB/T 15834 §4).</summary>
    public static string FullWidthPunctuation(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            var before = index > 0 ? text[index - 1] : ' ';
            var after = index + 1 < text.Length ? text[index + 1] : ' ';
            var fullWidth = FullWidth(character);
            builder.Append(fullWidth is not null && (IsChinese(before) || IsChinese(after)) ? fullWidth.Value : character);
        }

        return builder.ToString();
    }

    /// <summary>A Han character or a full-width / CJK mark (quotes, dashes, brackets).</summary>
    public static bool IsChinese(char character) =>
        character is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF'
        or '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    /// <summary>The full-width form of an ASCII mark that Chinese text sets full-width, or <c>null</c>.</summary>
    public static char? FullWidth(char character) => character switch
    {
        ',' => '，',
        ':' => '：',
        ';' => '；',
        '(' => '（',
        ')' => '）',
        '?' => '？',
        '!' => '！',
        _ => null,
    };
}
