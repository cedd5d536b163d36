using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>One method per masthead style; a new style is a build error in each writer until it draws it.</summary>
/// <typeparam name="T">What the writer makes of a masthead.</typeparam>
internal interface IComposedMastheadVisitor<out T>
{
    /// <summary>A newspaper's 报头.</summary>
    T Newspaper(NewspaperMasthead masthead);

    /// <summary>A 简报's 红头.</summary>
    T RedHead(RedHeadMasthead masthead);

    /// <summary>A plain title block.</summary>
    T Plain(PlainMasthead masthead);
}

/// <summary>
/// The masthead as both writers print it, in the theme's <see cref="MastheadStyle"/>: every text in
/// its printed form, a part the model leaves out (or blank) <c>null</c>.
/// </summary>
/// <param name="Name">The paper's or bulletin's name.</param>
/// <param name="Issue">The issue line, e.g. 第3期（总第12期）.</param>
internal abstract record ComposedMasthead(string Name, string? Issue)
{
    /// <summary>Hands this masthead to the <paramref name="visitor"/>'s method for its style.</summary>
    public abstract T Accept<T>(IComposedMastheadVisitor<T> visitor);

    /// <summary>The masthead of <paramref name="document"/> in <paramref name="theme"/>'s style.</summary>
    public static ComposedMasthead Of(BulletinDocument document, Masthead masthead, BulletinTheme theme)
    {
        var edition = PrintedForms.EditionLabel(document);
        var issue = Present(masthead.IssueLabel);
        return theme.Masthead switch
        {
            MastheadStyle.Newspaper => new NewspaperMasthead(masthead.Name, issue, Present(PrintedForms.Marks(masthead)), PrintedForms.NewspaperDetails(masthead, edition)),
            MastheadStyle.RedHead => new RedHeadMasthead(masthead.Name, issue, Present(masthead.SecrecyMark), Present(masthead.SerialNumber), Present(masthead.EditingUnit), masthead.Date is { } date ? PrintedForms.Date(date) : null),
            _ => new PlainMasthead(masthead.Name, issue, Present(masthead.SecrecyMark), Present(masthead.SerialNumber), Present(PrintedForms.PlainDetails(masthead, edition))),
        };
    }

    private static string? Present(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

/// <summary>报头: the name with the issue and the marks under it at the left, the details at the right, ruled under.</summary>
/// <param name="Name">The paper's name.</param>
/// <param name="Issue">The issue line.</param>
/// <param name="Marks">The secrecy mark and serial number on one line.</param>
/// <param name="Details">The detail lines at the right: edition, date, editing unit.</param>
internal sealed record NewspaperMasthead(string Name, string? Issue, string? Marks, IReadOnlyList<string> Details) : ComposedMasthead(Name, Issue)
{
    /// <inheritdoc />
    public override T Accept<T>(IComposedMastheadVisitor<T> visitor) => visitor.Newspaper(this);
}

/// <summary>
/// 简报红头 (docs/typography.md §6): secrecy mark and serial number at the top corners, the name
/// centred, the issue under it, the editing unit at the left and the date at the right, a red rule.
/// </summary>
internal sealed record RedHeadMasthead(string Name, string? Issue, string? SecrecyMark, string? SerialNumber, string? EditingUnit, string? Date) : ComposedMasthead(Name, Issue)
{
    /// <summary>The red rule's distance under the editing unit and date line, in pt: the PDF draws it there, Word sets it as the border's <c>w:space</c> (ECMA-376 Part 1 §17.3.1.5).</summary>
    public const double RuleBelowTextPt = 2;

    /// <summary>The white between the red rule and what follows it, in pt: the PDF's gap, Word's space after the ruled paragraph (ECMA-376 Part 1 §17.3.1.33).</summary>
    public const double SpaceBelowRulePt = 12;

    /// <inheritdoc />
    public override T Accept<T>(IComposedMastheadVisitor<T> visitor) => visitor.RedHead(this);
}

/// <summary>A plain title block: secrecy mark and serial number at the top corners, the name and issue centred, the details on one line.</summary>
internal sealed record PlainMasthead(string Name, string? Issue, string? SecrecyMark, string? SerialNumber, string? Details) : ComposedMasthead(Name, Issue)
{
    /// <summary>The white under the block's last line, in pt, beyond that line's own space after: the PDF's gap, Word's space after the last paragraph (ECMA-376 Part 1 §17.3.1.33).</summary>
    public const double SpaceBelowPt = 6;

    /// <inheritdoc />
    public override T Accept<T>(IComposedMastheadVisitor<T> visitor) => visitor.Plain(this);
}
