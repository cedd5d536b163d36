using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using CsCheck;

namespace Bulletin.Docs.Tests.Properties;

/// <summary>
/// CsCheck generators of bulletins and themes: text over all of Unicode (mostly printable Chinese,
/// sometimes any code point, lone surrogates and controls included), random structure (nesting,
/// nulls, links, tables, figures), and theme values inside and outside the ranges Word and the PDF
/// can hold.
/// </summary>
internal static class BulletinGen
{
    // Typed as IGen so that CsCheck picks its generator overloads, not the constant ones.
    private static Gen<T> Pick<T>(params (int Weight, IGen<T> Gen)[] choices) => Gen.Frequency(choices);

    private static Gen<T> Nothing<T>() where T : class => Gen.Const(default(T)!);

    private static Gen<T> Any<T>(params IGen<T>[] choices) => Gen.OneOf(choices);

    /// <summary>Characters the default fonts cover, so most generated models reach the writers.</summary>
    private const string Printable =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
        + "，。、；：？！“”‘’《》〈〉（）【】—…·　abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()[]%&-/+";

    private static readonly Gen<string> PrintableText = Gen.Char[Printable].Array[0, 40].Select(chars => new string(chars));

    /// <summary>Any code point; a surrogate code point becomes a lone UTF-16 surrogate.</summary>
    private static readonly Gen<string> AnyCodePoint = Gen.Int[0, 0x10FFFF].Select(cp => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    /// <summary>Characters the rules single out: controls, separators, right-to-left, noncharacters, astral.</summary>
    private static readonly Gen<string> Awkward = Gen.OneOf(
        "\u0000", "\u0007", "\t", "\n", "\r", "\u007F", "\u0085", "\u009F", "\u00AD", "\u200B", "\u200D", "\u200E", "\u202E", "\u2028", "\u2029",
        "\u3000", "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "א", "ب", "\U00010900", "\U0001F600", "\U00020000", "\U000E0001", " ");

    private static readonly Gen<string> Hostile = Pick((3, PrintableText), (2, AnyCodePoint), (2, Awkward)).Array[1, 6].Select(string.Concat);

    private static readonly ImageData Png = new(EveryElementBulletin.Png(), ImageFormat.Png);

    /// <summary>
    /// A whole bulletin: two in five are hostile (text over all of Unicode, nulls, blanks, nested
    /// sections, bad link targets, duplicate ids), the rest clean, so that both refusals and written
    /// files are common.
    /// </summary>
    public static readonly Gen<BulletinDocument> Document = Pick((3, Documents(hostile: false)), (2, Documents(hostile: true)));

    private static Gen<BulletinDocument> Documents(bool hostile)
    {
        // Weight of the hostile choices: 0 drops them.
        var h = hostile ? 1 : 0;
        var text = Pick(Only(
            (40, PrintableText.Select(t => t.Length == 0 ? "文" : t)),
            (6 * h, Hostile),
            (h, Gen.Const("")),
            (h, Gen.Const("　 ")),
            (h, Nothing<string>())));
        var optional = Pick((3, Nothing<string>()), (2, text.Select(t => (string?)t)));
        var id = Pick(Only((3, Nothing<string>()), (h, Gen.OneOf<string?>("a", "b", "c", "lead", ""))));
        var inline = Pick(Only(
            (10, text.Select(t => (Inline)new Text(t))),
            (2, text.Select(t => (Inline)new Strong(t))),
            (2, text.Select(t => (Inline)new Emphasis(t))),
            (1, Gen.Const<Inline>(new LineBreak())),
            (1, Gen.Select(text, Gen.OneOf("https://example.com/新闻?q=1", "mailto:x@example.com"), (t, target) => (Inline)new Link(t, target))),
            (h, Gen.Select(text, Gen.OneOf("#a", "#b", "#missing", "javascript:alert(1)", "", "no scheme"), (t, target) => (Inline)new Link(t, target))),
            (h, Nothing<Inline>())));
        var inlines = inline.Array[0, 5].Select(a => (IReadOnlyList<Inline>)a);
        var figure = Gen.Select(text, optional, optional, (alt, caption, credit) => new Figure { Image = Png, AltText = alt, Caption = caption, Credit = credit });
        var block = Pick(Only(
            (12, inlines.Select(i => (Block)new Paragraph(i))),
            (2, text.Array[1 - h, 3].Select(lines => (Block)new Subheading(lines))),
            (2, inlines.Select(i => (Block)new Quote(i))),
            (1, Gen.Select(text, inlines, (label, i) => (Block)new Note(i) { Label = label })),
            (2, inlines.Array[1 - h, 4].Select(items => (Block)new ListBlock(items))),
            (2, Gen.Int[1, 4].SelectMany(columns => Gen.Select(text.Array[columns].Array[1 - h, 4], ColumnWidths(columns, hostile), (rows, widths) => (Block)new Table(rows) { ColumnWidths = widths }))),
            (1, figure.Select(f => (Block)f)),
            (1, Gen.Const<Block>(new Divider())),
            (h, Nothing<Block>())));
        var article = Gen.Select(id, text.Array[1, 3], optional, optional, optional, optional, block.Array[0, 6], (itemId, headline, kicker, subheadline, byline, trailing, body) => new Article
        {
            Id = itemId,
            Headline = new Headline(headline),
            Kicker = kicker,
            Subheadline = subheadline,
            Byline = byline,
            TrailingByline = trailing,
            Body = body,
        });
        var sectionItem = Pick(Only((6, article.Select(a => (BulletinItem)a)), (h, article.Select(a => (BulletinItem)new Section { Banner = "内", Items = [a] }))));
        var item = Pick(
            (8, article.Select(a => (BulletinItem)a)),
            (2, Gen.Select(id, text, sectionItem.Array[1 - h, 3], (itemId, banner, items) => (BulletinItem)new Section { Id = itemId, Banner = banner, Items = items })),
            (1, Gen.Select(id, optional, figure, (itemId, title, f) => (BulletinItem)new PictureNews { Id = itemId, Title = title, Figure = f })));
        var masthead = Pick(
            (1, Nothing<Masthead>()),
            (2, Gen.Select(text, optional, optional, optional, (name, issue, edition, unit) => (Masthead?)new Masthead { Name = name, IssueLabel = issue, EditionLabel = edition, EditingUnit = unit, Date = new DateOnly(2025, 1, 7) })));
        // Editions 0 (refused) to 4, and first page numbers 0 (refused) to 6: the 报头 or not, 版眉
        // on the first page or not, folios that start odd or even.
        var edition = Pick(
            (3, Nothing<Edition>()),
            (2, Gen.Select(Gen.Int[0, 4], optional, Gen.Int[0, 2], (number, name, opens) => (Edition?)new Edition { Number = number, Name = name, OpensWithMasthead = opens switch { 1 => true, 2 => false, _ => null } })));
        var firstPage = Gen.Frequency((3, Gen.Const((int?)null)), (1, Gen.Int[0, 6].Select(n => (int?)n)));
        return Gen.Select(masthead, edition, firstPage, item.Array[0, 4], optional, (m, e, first, items, title) => new BulletinDocument
        {
            Masthead = m,
            Edition = e,
            FirstPageNumber = first,
            Items = items,
            Metadata = new DocumentMetadata { Title = title, Created = new DateTimeOffset(2025, 1, 7, 8, 0, 0, TimeSpan.FromHours(8)) },
        });
    }

    private static (int, IGen<T>)[] Only<T>(params (int Weight, IGen<T> Gen)[] choices) => [.. choices.Where(c => c.Weight > 0)];

    /// <summary>A small valid bulletin, for the theme property.</summary>
    public static BulletinDocument FixedDocument { get; } = new()
    {
        Masthead = new Masthead { Name = "工作简报", IssueLabel = "第3期", Date = new DateOnly(2025, 1, 7), EditingUnit = "太原市人民政府办公室" },
        Items =
        [
            new Article
            {
                Kicker = "强化省会担当",
                Headline = new Headline("太原高质量发展", "步伐坚实有力"),
                Body = ["1月6日，省政府新闻办举行新闻发布会。", new Subheading("一、科技创新"), new ListBlock([[new Text("第一项")], [new Text("第二项")]]), new Quote([new Text("引文。")]), new Table([["甲", "乙"], ["一", "二"]])],
            },
        ],
        Metadata = new DocumentMetadata { Title = "工作简报", Created = new DateTimeOffset(2025, 1, 7, 8, 0, 0, TimeSpan.FromHours(8)) },
    };

    /// <summary>Mostly none (from the content), else relative shares; hostile: also a wrong count and shares that are not positive finite numbers.</summary>
    private static Gen<double[]?> ColumnWidths(int columns, bool hostile) => hostile
        ? Pick<double[]?>((2, Gen.Const((double[]?)null)), (1, Length(0.1, 10).Array[columns].Select(w => (double[]?)w)), (1, Gen.Double[0.1, 10].Array[0, 5].Select(w => (double[]?)w)))
        : Pick<double[]?>((3, Gen.Const((double[]?)null)), (1, Gen.Double[0.01, 100].Array[columns].Select(w => (double[]?)w)));

    public static readonly Gen<BulletinTheme> BuiltInTheme = Gen.OneOf(BulletinThemes.Newspaper, BulletinThemes.WorkBulletin, BulletinThemes.PressRelease);

    /// <summary>A length: mostly inside [min, max], sometimes at an end, sometimes far outside or not a number.</summary>
    private static Gen<double> Length(double min, double max) => Pick(
        (6, Gen.Double[min, max]),
        (1, Gen.OneOf(min, max)),
        (2, Gen.OneOf(-1, -1e6, max + 1, 1e6, 1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, 1e-9)));

    private static readonly Gen<Func<TextStyle, TextStyle>> StyleChange = Any(
        Length(1, 200).Select(v => (Func<TextStyle, TextStyle>)(s => s with { SizePt = v })),
        Length(-5, 100).Select(v => (Func<TextStyle, TextStyle>)(s => s with { LetterSpacingPt = v })),
        Length(0, 10).Select(v => (Func<TextStyle, TextStyle>)(s => s with { FirstLineIndentChars = v })),
        Length(0, 10).Select(v => (Func<TextStyle, TextStyle>)(s => s with { StartIndentChars = v })),
        Length(0, 200).Select(v => (Func<TextStyle, TextStyle>)(s => s with { SpaceBeforePt = v })),
        Length(0, 200).Select(v => (Func<TextStyle, TextStyle>)(s => s with { SpaceAfterPt = v })),
        Length(1, 200).Select(v => (Func<TextStyle, TextStyle>)(s => s with { LineSpacing = LineSpacing.Exactly(v) })),
        Length(0.06, 5).Select(v => (Func<TextStyle, TextStyle>)(s => s with { LineSpacing = LineSpacing.Multiple(v) })),
        Gen.Int[-2, 10].Select(v => (Func<TextStyle, TextStyle>)(s => s with { OutlineLevel = v })),
        Gen.Int[-1, 6].Select(v => (Func<TextStyle, TextStyle>)(s => s with { Alignment = (TextAlignment)v })));

    private static readonly Gen<Func<PageSetup, PageSetup>> PageChange = Any(
        Length(3, 1584).Select(v => (Func<PageSetup, PageSetup>)(p => p with { WidthPt = v })),
        Length(3, 1584).Select(v => (Func<PageSetup, PageSetup>)(p => p with { HeightPt = v })),
        Length(0, 200).Select(v => (Func<PageSetup, PageSetup>)(p => p with { MarginTopPt = v })),
        Length(0, 200).Select(v => (Func<PageSetup, PageSetup>)(p => p with { MarginBottomPt = v })),
        Length(0, 200).Select(v => (Func<PageSetup, PageSetup>)(p => p with { MarginLeftPt = v })),
        Length(0, 200).Select(v => (Func<PageSetup, PageSetup>)(p => p with { MarginRightPt = v })),
        Length(0, 100).Select(v => (Func<PageSetup, PageSetup>)(p => p with { HeaderDistancePt = v })),
        Length(0, 100).Select(v => (Func<PageSetup, PageSetup>)(p => p with { FooterDistancePt = v })),
        Length(0, 60).Select(v => (Func<PageSetup, PageSetup>)(p => p with { ColumnGapPt = v })),
        Gen.Int[-1, 50].Select(v => (Func<PageSetup, PageSetup>)(p => p with { Columns = v })),
        Length(1, 60).Select(v => (Func<PageSetup, PageSetup>)(p => p with { LineGridPitchPt = v })),
        Gen.Int[-1, 5].Select(v => (Func<PageSetup, PageSetup>)(p => p with { PageNumbers = (PageNumberFormat)v })));

    /// <summary>A built-in theme with a few page values and a few styles' values changed.</summary>
    public static readonly Gen<BulletinTheme> Theme = Gen.Select(
        BuiltInTheme,
        PageChange.Array[0, 3],
        Gen.Select(Gen.Enum<TextRole>(), StyleChange, (role, change) => (role, change)).Array[0, 5],
        (theme, pageChanges, styleChanges) =>
        {
            var page = pageChanges.Aggregate(theme.Page, (p, change) => change(p));
            return styleChanges.Aggregate(theme with { Page = page }, (t, change) => t.WithStyle(change.role, change.change));
        });
}
