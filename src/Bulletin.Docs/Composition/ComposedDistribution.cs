namespace Bulletin.Docs.Composition;

/// <summary>
/// The 报尾 as both writers print it (GB/T 9704-2012 §7.4): the 报：/送：/发： lines with their
/// labels and full-width colons, then the print run （共印120份）, or <c>null</c> for none.
/// </summary>
/// <param name="Lines">The distribution lines in order.</param>
/// <param name="PrintRun">The print-run line, set apart by a thin rule.</param>
internal sealed record ComposedDistribution(IReadOnlyList<string> Lines, string? PrintRun);

/// <summary>One entry of the contents box (本期要目): the item it points to and the title it prints.</summary>
/// <param name="Item">The item, whose page the entry shows.</param>
/// <param name="Text">The printed title.</param>
internal sealed record ContentsEntry(Model.BulletinItem Item, string Text);
