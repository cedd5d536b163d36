using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: modules — an article set as a rectangle of the page's columns, the story after it beside it and under it.
internal sealed partial class PageComposer
{
    /// <summary>A module held back until the band of the story beside it arrives.</summary>
    private (Band Band, double Gap)? _heldModule;

    private readonly List<ModuleReport> _moduleReports = [];

    /// <summary>What became of each module the composition decided, in the order they were placed.</summary>
    public IReadOnlyList<ModuleReport> ModuleReports => _moduleReports;

    /// <summary>
    /// Takes <paramref name="band"/> when it is a module (held until the story beside it comes) or
    /// the story beside a held module (both set together); returns whether it took it. A module that
    /// cannot be set where it falls goes into the flow, and so does the story beside it.
    /// </summary>
    private bool PlaceModule(Band band, double gap)
    {
        if (_heldModule is { } held)
        {
            _heldModule = null;
            var module = held.Band;
            var why = band.BesideModule ? SetModule(module, band, held.Gap) : "no story came to set beside it";
            if (why is null)
            {
                return true;
            }

            Report(module, asModule: false, why);
            PlaceBand(module.Flow ?? module, held.Gap, null);
            if (band.BesideModule)
            {
                PlaceBand(band.Flow ?? band, gap, null);
                return true;
            }

            return false;
        }

        if (band.Module is not null)
        {
            _heldModule = (band, gap);
            return true;
        }

        if (band.BesideModule)
        {
            // Its module was set in the flow (it came with no room): so is this story.
            PlaceBand(band.Flow ?? band, gap, null);
            return true;
        }

        return false;
    }

    /// <summary>Sets a module still held back (nothing came after it) in the flow.</summary>
    private void FlushModule()
    {
        if (_heldModule is { } held)
        {
            _heldModule = null;
            Report(held.Band, asModule: false, "no story came to set beside it");
            PlaceBand(held.Band.Flow ?? held.Band, held.Gap, null);
        }
    }

    /// <summary>
    /// Sets <paramref name="module"/> on its columns from the current position and
    /// <paramref name="beside"/> in the other columns, its header across them, its text running down
    /// beside the module and on under it across the page; returns <c>null</c>, or, when it cannot
    /// (no room on the page, the story beside it too short to fill the columns beside it), why,
    /// having placed nothing.
    /// </summary>
    private string? SetModule(Band module, Band beside, double gap)
    {
        var spec = module.Module!;
        var top = Y + (!AtPageTop && _bandOnPage ? gap : 0);
        var pageColumns = beside.Columns;
        var gapWidth = _setup.ColumnGapPt;
        var columnWidth = ColumnWidth(pageColumns);
        var pad = module.Framed ? FramePadding : 0;
        var moduleHeader = HeightSkippingLeadingSpace(module.Header);
        var bodyRoom = Bottom - top - (2 * pad) - moduleHeader;
        if (bodyRoom <= ColumnFiller.Epsilon
            || ColumnBalancer.Height(module.Body, 0, module.Columns, bodyRoom, _bodyLine) is not { } natural)
        {
            return "the module does not fit in the room left on the page";
        }

        var bodyHeight = natural;
        var depth = (2 * pad) + moduleHeader + natural;
        string? note = null;
        if (spec.DepthLines is { } lines)
        {
            var asked = lines * _bodyLine;
            if (asked + ColumnFiller.Epsilon >= depth)
            {
                if (asked > Bottom - top + ColumnFiller.Epsilon)
                {
                    return FormattableString.Invariant($"the module's {lines} lines do not fit in the room left on the page");
                }

                bodyHeight = asked - (2 * pad) - moduleHeader;
                depth = asked;
                if (bodyHeight - natural > _bodyLine + ColumnFiller.Epsilon)
                {
                    note = FormattableString.Invariant($"its text is {(bodyHeight - natural) / _bodyLine:0.#} body lines short of the depth asked for, left white at the module's foot");
                }
            }
            else
            {
                note = FormattableString.Invariant($"its text needs {depth / _bodyLine:0.#} body lines, more than the {lines} asked for, so the module is set that deep");
            }
        }

        // The story beside: its header across the columns the module leaves, its text under it in
        // those columns and, past the module's foot and the gap between stories, in all of them.
        var besideFirst = spec.BesideFirstColumn(pageColumns);
        var besideHeader = HeightSkippingLeadingSpace(beside.Header);
        var bodyTop = top + besideHeader;
        var available = Bottom - bodyTop;
        var under = top + depth + (_bodyLine / 2) - bodyTop;
        if (under <= ColumnFiller.Epsilon || FirstChunkHeight(beside.Body) > available + ColumnFiller.Epsilon)
        {
            return under <= ColumnFiller.Epsilon ? "the module is shallower than the headline beside it" : "the story beside it does not fit in the room left on the page";
        }

        // Reading order: down the columns beside the module, then on under it.
        var order = Enumerable.Range(besideFirst, pageColumns - spec.Columns).Concat(Enumerable.Range(spec.FirstColumn, spec.Columns)).ToArray();
        var reserved = order.Select(c => c >= spec.FirstColumn && c < spec.FirstColumn + spec.Columns ? under : 0).ToArray();
        var balanced = InsetColumns.Height(beside.Body, 0, reserved, available, _bodyLine);
        var height = balanced ?? available;
        var fills = new List<(int Column, double Reserved, ColumnFill Fill)>(pageColumns);
        var position = 0;
        for (var k = 0; k < order.Length && !ColumnFiller.IsDone(beside.Body, position); k++)
        {
            var fill = ColumnFiller.Fill(beside.Body, position, height - reserved[k], mustPlace: false);
            if (fill.IsEmpty)
            {
                continue;
            }

            fills.Add((order[k], reserved[k], fill));
            position = fill.End;
        }

        var done = ColumnFiller.IsDone(beside.Body, position);
        var wentUnder = fills.Any(f => f.Reserved > 0);
        if (done && !wentUnder)
        {
            // Ended beside the module: its columns must reach the module's foot, give or take a line.
            var besideFoot = fills.Count == 0 ? 0 : fills.Min(f => f.Fill.Height);
            var filled = fills.Count;
            var white = filled < pageColumns - spec.Columns ? under : under - besideFoot;
            if (white > _bodyLine + (_bodyLine / 2) + ColumnFiller.Epsilon)
            {
                return FormattableString.Invariant($"the story beside it ends {white / _bodyLine:0.#} body lines above the module's foot");
            }
        }

        // Set: the module first, as in the model.
        _bandStarts.Add(Current.Count);
        _shortColumns = [];
        if (module.Item is { } moduleItem)
        {
            _itemPages.TryAdd(moduleItem, _pages.Count);
        }

        if (beside.Item is { } besideItem)
        {
            _itemPages.TryAdd(besideItem, _pages.Count);
        }

        var left = Left + spec.LeftPt;
        var justify = _setup.LineGridPitchPt is null;
        SlicePainter.Paint(Current, module.Header, new ColumnFill(FirstContent(module.Header), module.Header.Count, moduleHeader, false), left + pad, top + pad);
        var moduleColumn = (spec.WidthPt - (2 * pad) - ((module.Columns - 1) * gapWidth)) / module.Columns;
        var modulePosition = 0;
        var columnFills = new List<ColumnFill>(module.Columns);
        for (var column = 0; column < module.Columns && !ColumnFiller.IsDone(module.Body, modulePosition); column++)
        {
            var fill = ColumnFiller.Fill(module.Body, modulePosition, natural, mustPlace: false);
            if (fill.IsEmpty)
            {
                break;
            }

            columnFills.Add(fill);
            // A fixed depth: each column opened up to the module's foot where that takes little.
            var stretch = justify ? Stretch(module.Body, fill, bodyHeight - fill.Height, MaxStretchPerGapLines) : 0;
            SlicePainter.Paint(Current, module.Body, fill, left + pad + (column * (moduleColumn + gapWidth)), top + pad + moduleHeader, stretch);
            modulePosition = fill.End;
        }

        if (module.Framed)
        {
            Current.Add(new BoxElement(left, top, spec.WidthPt, depth, _rules.FramePt, _frameColor, null));
        }

        SlicePainter.Paint(Current, beside.Header, new ColumnFill(FirstContent(beside.Header), beside.Header.Count, besideHeader, false), Left + (besideFirst * (columnWidth + gapWidth)), top);
        var used = 0.0;
        foreach (var (column, reservedTop, fill) in fills)
        {
            SlicePainter.Paint(Current, beside.Body, fill, Left + (column * (columnWidth + gapWidth)), bodyTop + reservedTop);
            used = Math.Max(used, reservedTop + fill.Height);
        }

        var bodyBottom = done ? bodyTop + used : Bottom;
        ModuleRules(spec, module.Framed, pageColumns, top, top + pad + moduleHeader, top + depth, bodyTop, reserved.Max(), bodyBottom, wentUnder || !done);
        Report(module, asModule: true, note, top, depth, Pieces(module.Body, columnFills), pad + moduleHeader);
        _bandOnPage = true;
        if (done)
        {
            Y = Math.Max(top + depth, bodyBottom);
            return null;
        }

        // The rest of the story goes on on the next page, across all the columns.
        Y = Bottom;
        NewPage();
        PlaceBand(beside with { Header = [], Body = [.. beside.Body.Skip(position)], Module = null, BesideModule = false, Flow = null }, 0, null);
        return null;
    }

    /// <summary>
    /// The column rules of a module and the story beside it (where the theme rules its columns): in
    /// the module under its header, along the module's edge from the top, between the columns beside
    /// it under their header, and between the columns under the module where the story runs on there.
    /// </summary>
    private void ModuleRules(Composition.StoryModule spec, bool framed, int pageColumns, double top, double moduleBodyTop, double moduleFoot, double bodyTop, double under, double bodyBottom, bool textUnder)
    {
        if (!_setup.ColumnRule)
        {
            return;
        }

        var columnWidth = ColumnWidth(pageColumns);
        var gapWidth = _setup.ColumnGapPt;
        var last = spec.FirstColumn + spec.Columns;
        var spans = new List<(double From, double To)>(3);
        for (var boundary = 1; boundary < pageColumns; boundary++)
        {
            var leftIn = boundary - 1 >= spec.FirstColumn && boundary - 1 < last;
            var rightIn = boundary >= spec.FirstColumn && boundary < last;
            spans.Clear();
            if (leftIn && rightIn)
            {
                // Inside the module (a frame has none), and under it where the story runs on.
                if (!framed)
                {
                    spans.Add((moduleBodyTop, moduleFoot));
                }

                if (textUnder)
                {
                    spans.Add((bodyTop + under, bodyBottom));
                }
            }
            else if (leftIn || rightIn)
            {
                // The module's edge, from the top and on beside the story's text under it; a frame is its own edge.
                if (!framed)
                {
                    spans.Add((top, textUnder ? Math.Max(moduleFoot, bodyBottom) : moduleFoot));
                }
                else if (textUnder)
                {
                    spans.Add((bodyTop + under, bodyBottom));
                }
            }
            else
            {
                spans.Add((bodyTop, bodyBottom));
            }

            var x = Left + (boundary * (columnWidth + gapWidth)) - (gapWidth / 2);
            foreach (var (from, to) in Merged(spans))
            {
                if (to > from + ColumnFiller.Epsilon)
                {
                    Current.Add(new RuleElement(x, from, x, to, _rules.ColumnRulePt, RgbColor.Black));
                }
            }
        }
    }

    private static List<(double From, double To)> Merged(List<(double From, double To)> spans)
    {
        var merged = new List<(double From, double To)>(spans.Count);
        foreach (var span in spans.Where(s => s.To > s.From).OrderBy(s => s.From))
        {
            if (merged.Count > 0 && span.From <= merged[^1].To + ColumnFiller.Epsilon)
            {
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, span.To));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>
    /// What each column of a module holds, block by block: the blocks are the body's structure
    /// elements in order (the composition lets only text and headings into a module, one element each).
    /// </summary>
    private static List<IReadOnlyList<ModulePiece>> Pieces(IReadOnlyList<Slice> body, List<ColumnFill> fills)
    {
        var blocks = new Dictionary<Structure.StructureNode, (int Index, int Last)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < body.Count; i++)
        {
            if (Text(body[i]) is not null && body[i].Structure is { } node)
            {
                blocks[node] = blocks.TryGetValue(node, out var known) ? (known.Index, i) : (blocks.Count, i);
            }
        }

        var seen = new HashSet<Structure.StructureNode>(ReferenceEqualityComparer.Instance);
        var columns = new List<IReadOnlyList<ModulePiece>>(fills.Count);
        foreach (var fill in fills)
        {
            var pieces = new List<ModulePiece>();
            for (var i = fill.First; i < fill.End; i++)
            {
                if (Text(body[i]) is not { } text || body[i].Structure is not { } node)
                {
                    continue;
                }

                var (index, last) = blocks[node];
                var starts = seen.Add(node);
                if (pieces.Count > 0 && pieces[^1].Block == index)
                {
                    pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text, Ends = i == last };
                }
                else
                {
                    pieces.Add(new ModulePiece(index, text, starts, i == last));
                }
            }

            columns.Add(pieces);
        }

        return columns;

        static string? Text(Slice slice) => slice switch
        {
            LineSlice line => line.Line.Line.Text,
            RunInLineSlice runIn => runIn.Line.Line.Text,
            _ => null,
        };
    }

    private void Report(Band module, bool asModule, string? note, double top = 0, double depth = 0, IReadOnlyList<IReadOnlyList<ModulePiece>>? pieces = null, double bodyTop = 0)
    {
        var spec = module.Module!;
        _moduleReports.Add(new ModuleReport(string.Empty, asModule, note)
        {
            Item = module.Item,
            Page = asModule ? _pages.Count : 0,
            X = asModule ? Left + spec.LeftPt : 0,
            Y = asModule ? top : 0,
            Width = asModule ? spec.WidthPt : 0,
            Height = asModule ? depth : 0,
            FirstColumn = asModule ? spec.FirstColumn : 0,
            Columns = asModule ? spec.Columns : 0,
            Pieces = pieces ?? [],
            BodyTopPt = bodyTop,
        });
    }
}
