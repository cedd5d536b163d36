using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Rules for a newspaper edition and the first page number: numbers in range, an edition label
/// given once, and a start the theme's folio can print.
/// </summary>
internal static class EditionRules
{
    /// <summary>Checks the document's <see cref="BulletinDocument.Edition"/> and <see cref="BulletinDocument.FirstPageNumber"/>; the current position is the document.</summary>
    public static void Check(ValidationContext context, BulletinDocument document)
    {
        if (document.Edition is { } edition)
        {
            using var scope = context.Path.Member("Edition");
            if (edition.Number is < 1 or > Edition.MaxNumber)
            {
                context.Report("Number", $"edition number {Text(edition.Number)} is outside [1, {Text(Edition.MaxNumber)}]; editions are counted from 1, the front page (第1版)");
            }

            TextRules.Optional(context, "Name", edition.Name, "edition name");
        }

        if (document.Edition is not null && document.Masthead?.EditionLabel is not null)
        {
            using var scope = context.Path.Member("Masthead");
            context.Report("EditionLabel", $"the edition is given twice: Edition prints {ProblemText.Quote(PrintedForms.EditionLabel(document.Edition))} where this label would go; leave EditionLabel null");
        }

        if (document.FirstPageNumber is { } first)
        {
            if (first is < 1 or > BulletinDocument.MaxFirstPageNumber)
            {
                context.Report("FirstPageNumber", $"first page number {Text(first)} is outside [1, {Text(BulletinDocument.MaxFirstPageNumber)}]");
            }
            else if (document.Edition is { Number: >= 1 and <= Edition.MaxNumber } numbered && first < numbered.Number)
            {
                context.Report("FirstPageNumber", $"first page number {Text(first)} comes before the edition's own first page: 第{Text(numbered.Number)}版's pages are numbered from {Text(numbered.Number)}");
            }
        }
    }

    /// <summary>Checks that the theme's folio can print the document's first page number.</summary>
    public static void CheckAgainstTheme(ValidationContext context, BulletinDocument document, BulletinTheme theme)
    {
        var first = document.FirstPageNumber ?? document.Edition?.Number ?? 1;
        var inRange = document.FirstPageNumber is not null
            ? first is >= 1 and <= BulletinDocument.MaxFirstPageNumber
            : first is >= 1 and <= Edition.MaxNumber;

        // A number out of range is Check's problem already; a second message about it would only repeat it.
        if (first != 1 && inRange && theme.Page?.PageNumbers == PageNumberFormat.PageOfTotal)
        {
            var member = document.FirstPageNumber is not null ? "FirstPageNumber" : "Edition.Number";
            context.Report(member, $"theme '{theme.Name}' prints 第 n 页 共 m 页, which cannot start at {Text(first)}: the total would count only this file's pages; use a theme whose page numbers are plain or dashed (PageNumberFormat.Plain or Dashed; pageNumbers: plain in a theme file)");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
