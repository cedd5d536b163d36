using System.Globalization;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// How model values are printed, shared by the Word writer and the page layout so the .docx and the
/// PDF say the same thing: dates, column labels, jump lines, bylines, labels and the print run.
/// </summary>
internal static class PrintedForms
{
    /// <summary>A date as Chinese documents write it, without zero padding: 2025年1月7日.</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>A column label between full-width bars, as the page prints it: ｜井州论坛｜.</summary>
    public static string ColumnLabel(string label) => $"｜{label}｜";

    /// <summary>A jump line or trailing byline in full-width parentheses: （上接第1版）, （尹哲）.</summary>
    public static string Parenthesized(string text) => $"（{text}）";

    /// <summary>
    /// A run-in label followed by a full-width colon (编者按：, 报：), unless it already ends with
    /// one; an empty label prints nothing.
    /// </summary>
    public static string RunInLabel(string label) =>
        label.Length == 0 || label.EndsWith('：') ? label : label + "：";

    /// <summary>A date with its day of the week, as a 版眉 prints it: 2025年1月7日 星期二.</summary>
    public static string DateWithWeekday(DateOnly date) => Date(date) + " 星期" + "日一二三四五六"[(int)date.DayOfWeek];

    /// <summary>An edition's label: 第2版, or 第2版 要闻 with its name.</summary>
    public static string EditionLabel(Edition edition) =>
        string.Create(CultureInfo.InvariantCulture, $"第{edition.Number}版") + (edition.Name is { Length: > 0 } name ? " " + name : "");

    /// <summary>
    /// The document's edition label: its <see cref="Edition"/>'s, else the masthead's
    /// <see cref="Masthead.EditionLabel"/> (validation lets a document give only one), else <c>null</c>.
    /// </summary>
    public static string? EditionLabel(BulletinDocument document) =>
        document.Edition is { } edition ? EditionLabel(edition) : document.Masthead?.EditionLabel;

    /// <summary>
    /// A newspaper page's running head (版眉), the parts present set apart by U+3000: paper name,
    /// date with weekday, edition label — 太原日报　2025年1月7日 星期二　第2版 要闻; <c>null</c> when
    /// the document gives none of them.
    /// </summary>
    public static string? RunningHead(BulletinDocument document)
    {
        var masthead = document.Masthead;
        var parts = Present(masthead?.Name, masthead?.Date is { } date ? DateWithWeekday(date) : null, EditionLabel(document));
        return parts.Length == 0 ? null : string.Join('\u3000', parts);
    }

    /// <summary>
    /// The folio's text around its numbers in <paramref name="format"/>, or <c>null</c> for
    /// <see cref="PageNumberFormat.None"/>: 2; — 2 — (GB/T 9704 §7.5: an em dash and a space on each
    /// side); 第 2 页 共 3 页.
    /// </summary>
    public static FolioForm? Folio(PageNumberFormat format) => format switch
    {
        PageNumberFormat.Plain => new FolioForm("", null, ""),
        PageNumberFormat.Dashed => new FolioForm("— ", null, " —"),
        PageNumberFormat.PageOfTotal => new FolioForm("第 ", " 页 共 ", " 页"),
        PageNumberFormat.None => null,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a PageNumberFormat"),
    };

    /// <summary>A newspaper 报头's detail lines beside the name: edition label, date, editing unit.</summary>
    public static IReadOnlyList<string> NewspaperDetails(Masthead masthead, string? editionLabel) =>
        Present(editionLabel, masthead.Date is { } date ? Date(date) : null, masthead.EditingUnit);

    /// <summary>A plain title block's detail line: editing unit, edition label and date, set apart by U+3000.</summary>
    public static string PlainDetails(Masthead masthead, string? editionLabel) =>
        string.Join('\u3000', Present(masthead.EditingUnit, editionLabel, masthead.Date is { } date ? Date(date) : null));

    /// <summary>The secrecy mark and serial number on one line, set apart by a space, or an empty string for neither.</summary>
    public static string Marks(Masthead masthead) =>
        string.Join(' ', Present(masthead.SecrecyMark, masthead.SerialNumber));

    /// <summary>
    /// Every character the writers add to the model's text: bars, parentheses and colons of the
    /// forms above, date and print-run words, the contents title, list bullets, page-number words
    /// and dashes, edition and weekday words, digits. The registered fonts must cover them as they
    /// must cover the model's text.
    /// </summary>
    public const string AddedCharacters = "｜（）：年月日共印份本期要目第页版星期一二三四五六•—. 0123456789\u3000";

    /// <summary>The title of the contents box.</summary>
    public const string ContentsTitle = "本期要目";

    /// <summary>The contents box's entries in reading order: articles and titled picture news, one level into sections.</summary>
    public static IEnumerable<ContentsEntry> ContentsEntries(BulletinDocument document)
    {
        foreach (var item in document.Items)
        {
            var entries = item is Section section ? section.Items : [item];
            foreach (var entry in entries)
            {
                if (ContentsEntryText(entry) is { } text)
                {
                    yield return new ContentsEntry(entry, text);
                }
            }
        }
    }

    /// <summary>The print run of a 简报: （共印120份）.</summary>
    public static string PrintRun(int copies) =>
        string.Create(CultureInfo.InvariantCulture, $"（共印{copies}份）");

    private static string? ContentsEntryText(BulletinItem item) => item switch
    {
        Article article => article.Headline.Text,
        PictureNews { Title: { } title } => title,
        _ => null,
    };

    private static string[] Present(params string?[] values) => [.. values.Where(value => !string.IsNullOrEmpty(value)).Select(value => value!)];
}
