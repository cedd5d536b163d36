using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Walks a document in reading order, one method per node kind, keeping the path up to date and
/// handing each node to the rules of its subject. Nulls are reported where the model needs a value
/// and never dereferenced.
/// </summary>
internal sealed class DocumentWalker : IItemVisitor<int, bool>, IBlockVisitor<bool, bool>, IInlineVisitor<bool, bool>
{
    /// <summary>
    /// How many levels of sections the walker enters: a section, and one wrongly nested inside it
    /// (reported, and its items still checked). A section deeper than that is reported without
    /// being entered, so every path has a bounded number of segments and validation stays linear
    /// in the size of the model however deep a hostile model nests.
    /// </summary>
    public const int MaxSectionDepth = 2;

    private readonly ValidationContext context;
    private readonly ModelPath path;
    private readonly ItemIds ids;

    // The sections from the top level down to the node being walked, with the path depth at which
    // each was entered: a section met again among its own ancestors is a reference cycle.
    private readonly List<(Section Section, int PathDepth)> openSections = new(MaxSectionDepth);

    private DocumentWalker(ValidationContext context, ItemIds ids)
    {
        this.context = context;
        path = context.Path;
        this.ids = ids;
    }

    /// <summary>Walks <paramref name="document"/>: masthead, edition and first page number, items, distribution, metadata.</summary>
    public static void Walk(ValidationContext context, BulletinDocument document) =>
        new DocumentWalker(context, ItemIds.Gather(document.Items)).Document(document);

    private void Document(BulletinDocument document)
    {
        if (document.Masthead is { } masthead)
        {
            using var scope = path.Member("Masthead");
            Masthead(masthead);
        }

        EditionRules.Check(context, document);

        if (document.Items is null)
        {
            context.Report("Items", "items are null; use an empty list for none");
        }
        else
        {
            using var scope = path.Member("Items");
            for (var i = 0; i < document.Items.Count; i++)
            {
                using var index = path.Index(i);
                Item(document.Items[i], i, -1);
            }
        }

        if (document.Distribution is { } distribution)
        {
            using var scope = path.Member("Distribution");
            DistributionRules.Check(context, distribution);
        }

        if (document.Metadata is null)
        {
            context.Report("Metadata", "metadata is null");
        }
        else
        {
            using var scope = path.Member("Metadata");
            context.InPrintedText = false;
            MetadataRules.Check(context, document.Metadata);
            context.InPrintedText = true;
        }
    }

    private void Masthead(Masthead masthead)
    {
        TextRules.Required(context, "Name", masthead.Name, "name is missing or blank");
        TextRules.Optional(context, "IssueLabel", masthead.IssueLabel, "issue label");
        TextRules.Optional(context, "EditionLabel", masthead.EditionLabel, "edition label");
        TextRules.Optional(context, "EditingUnit", masthead.EditingUnit, "editing unit");
        TextRules.Optional(context, "SecrecyMark", masthead.SecrecyMark, "secrecy mark");
        TextRules.Optional(context, "SerialNumber", masthead.SerialNumber, "serial number");
    }

    /// <param name="item">The item.</param>
    /// <param name="index">Its index in the document's items, or its section's index when nested.</param>
    /// <param name="nested">Its index inside the section, or -1 at the top level.</param>
    private void Item(BulletinItem? item, int index, int nested)
    {
        if (item is null)
        {
            context.Report("item is null");
            return;
        }

        IdRules.Check(context, ids, item.Id, index, nested);
        item.Accept(this, index);
    }

    /// <inheritdoc />
    bool IItemVisitor<int, bool>.Section(Section section, int index)
    {
        foreach (var (ancestor, depth) in openSections)
        {
            if (ReferenceEquals(ancestor, section))
            {
                context.Report($"section contains itself: this is the section at {path.Render(depth)} again (a reference cycle); its items are not checked again");
                return true;
            }
        }

        if (openSections.Count >= MaxSectionDepth)
        {
            context.Report($"sections do not nest; this section is {openSections.Count + 1} levels deep and is not checked (validation enters at most {MaxSectionDepth} levels)");
            return true;
        }

        if (openSections.Count > 0)
        {
            context.Report("sections do not nest; this section is inside another section");
        }

        TextRules.Required(context, "Banner", section.Banner, "banner is missing or blank");
        if (section.Items is null)
        {
            context.Report("Items", "section items are null");
            return true;
        }

        if (section.Items.Count == 0)
        {
            context.Report("section has no items");
            return true;
        }

        openSections.Add((section, path.Depth));
        using var scope = path.Member("Items");
        for (var i = 0; i < section.Items.Count; i++)
        {
            using var itemScope = path.Index(i);
            // A section nested in a section is reported; its own items are walked as if it were not there.
            Item(section.Items[i], index, i);
        }

        openSections.RemoveAt(openSections.Count - 1);

        return true;
    }

    /// <inheritdoc />
    bool IItemVisitor<int, bool>.Article(Article article, int sectionIndex)
    {
        TextRules.Optional(context, "Kicker", article.Kicker, "kicker");
        Headline(article.Headline);
        TextRules.Optional(context, "Subheadline", article.Subheadline, "subheadline");
        TextRules.Optional(context, "ColumnLabel", article.ColumnLabel, "column label");
        TextRules.Optional(context, "Byline", article.Byline, "byline");
        TextRules.Optional(context, "Dateline", article.Dateline, "dateline");
        TextRules.Optional(context, "TrailingByline", article.TrailingByline, "trailing byline");
        TextRules.Optional(context, "ContinuedFrom", article.ContinuedFrom, "continued-from note");
        TextRules.Optional(context, "ContinuedOn", article.ContinuedOn, "continued-on note");
        PlacementRules.Check(context, article.Placement);

        if (article.Body is null)
        {
            context.Report("Body", "body is null; use an empty list for none");
            return true;
        }

        using var scope = path.Member("Body");
        for (var i = 0; i < article.Body.Count; i++)
        {
            using var index = path.Index(i);
            Block(article.Body[i]);
        }

        return true;
    }

    private void Headline(Headline? headline)
    {
        const string missing = "headline is missing or blank";
        var lines = headline?.Lines;
        if (lines is null || lines.Count == 0 || (lines.Count == 1 && string.IsNullOrWhiteSpace(lines[0])))
        {
            context.Report("Headline", lines is { Count: 0 } ? "headline has no lines" : missing);
            return;
        }

        using var scope = path.Member("Headline");
        using var linesScope = path.Member("Lines");
        for (var i = 0; i < lines.Count; i++)
        {
            using var index = path.Index(i);
            TextRules.Required(context, null, lines[i], "headline line is missing or blank");
        }
    }

    /// <inheritdoc />
    bool IItemVisitor<int, bool>.PictureNews(PictureNews pictureNews, int sectionIndex)
    {
        TextRules.Optional(context, "Title", pictureNews.Title, "title");
        if (pictureNews.Figure is null)
        {
            context.Report("Figure", "figure is missing");
            return true;
        }

        using var scope = path.Member("Figure");
        Figure(pictureNews.Figure);
        return true;
    }

    private void Block(Block? block)
    {
        if (block is null)
        {
            context.Report("block is null");
            return;
        }

        block.Accept(this, true);
    }

    /// <inheritdoc />
    public bool Paragraph(Paragraph block, bool state) => Inlines(block.Inlines);

    /// <inheritdoc />
    public bool Subheading(Subheading block, bool state)
    {
        Subheading(block);
        return true;
    }

    /// <inheritdoc />
    public bool Quote(Quote block, bool state) => Inlines(block.Inlines);

    /// <inheritdoc />
    public bool Note(Note block, bool state)
    {
        TextRules.NotNull(context, "Label", block.Label, "label is null; use an empty string for no label", TextKind.SingleLine);
        return Inlines(block.Inlines);
    }

    /// <inheritdoc />
    public bool List(ListBlock block, bool state)
    {
        List(block);
        return true;
    }

    /// <inheritdoc />
    public bool Table(Table block, bool state)
    {
        TableRules.Check(context, block);
        return true;
    }

    /// <inheritdoc />
    public bool Figure(Figure block, bool state)
    {
        Figure(block);
        return true;
    }

    /// <inheritdoc />
    public bool Divider(Divider block, bool state) => true;

    private void Subheading(Subheading subheading)
    {
        var lines = subheading.Lines;
        if (lines is null || lines.Count == 0)
        {
            context.Report("Lines", "subheading has no lines");
            return;
        }

        using var scope = path.Member("Lines");
        for (var i = 0; i < lines.Count; i++)
        {
            using var index = path.Index(i);
            TextRules.Required(context, null, lines[i], "subheading line is missing or blank");
        }
    }

    private void List(ListBlock list)
    {
        if (!ListRules.CheckItems(context, list))
        {
            return;
        }

        using var scope = path.Member("Items");
        for (var i = 0; i < list.Items.Count; i++)
        {
            using var index = path.Index(i);
            var item = list.Items[i];
            if (ListRules.CheckItem(context, item))
            {
                InlineList(item);
            }
        }
    }

    private void Figure(Figure figure)
    {
        if (figure.Image is null)
        {
            context.Report("Image", "image is missing");
        }
        else
        {
            using var scope = path.Member("Image");
            ImageRules.Check(context, figure.Image);
        }

        context.InPrintedText = false;
        TextRules.Required(context, "AltText", figure.AltText, "alt text is missing or blank; it is required for accessibility");
        context.InPrintedText = true;
        TextRules.Optional(context, "Caption", figure.Caption, "caption");
        TextRules.Optional(context, "Credit", figure.Credit, "credit");
    }

    private bool Inlines(IReadOnlyList<Inline?>? inlines)
    {
        if (inlines is null)
        {
            context.Report("Inlines", "inlines are null");
            return true;
        }

        using var scope = path.Member("Inlines");
        InlineList(inlines);
        return true;
    }

    private void InlineList(IReadOnlyList<Inline?> inlines)
    {
        for (var i = 0; i < inlines.Count; i++)
        {
            using var index = path.Index(i);
            Inline(inlines[i]);
        }
    }

    private void Inline(Inline? inline)
    {
        if (inline is null)
        {
            context.Report("inline is null");
            return;
        }

        inline.Accept(this, true);
    }

    /// <inheritdoc />
    public bool Text(Text inline, bool state)
    {
        TextRules.NotNull(context, null, inline.Value, "text is null", TextKind.InlineRun);
        return true;
    }

    /// <inheritdoc />
    public bool Strong(Strong inline, bool state)
    {
        TextRules.NotNull(context, null, inline.Value, "text is null", TextKind.InlineRun);
        return true;
    }

    /// <inheritdoc />
    public bool Emphasis(Emphasis inline, bool state)
    {
        TextRules.NotNull(context, null, inline.Value, "text is null", TextKind.InlineRun);
        return true;
    }

    /// <inheritdoc />
    public bool Link(Link inline, bool state)
    {
        TextRules.Required(context, null, inline.Value, "link text is missing or blank", TextKind.InlineRun);
        LinkRules.CheckTarget(context, ids, inline.Target);
        return true;
    }

    /// <inheritdoc />
    public bool LineBreak(LineBreak inline, bool state) => true;
}
