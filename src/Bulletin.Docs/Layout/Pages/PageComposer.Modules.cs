using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: modules — an article set as a rectangle of the page's columns, the stories after it beside it and under it.
internal sealed partial class PageComposer
{
    /// <summary>A module held back, with the stories that may go beside it, until a band that may not comes.</summary>
    private (Band Band, double Gap, List<(Band Band, double Gap)> Beside)? _heldModule;

    private readonly List<ModuleReport> _moduleReports = [];

    /// <summary>What became of each module the composition decided, in the order they were placed.</summary>
    public IReadOnlyList<ModuleReport> ModuleReports => _moduleReports;

    /// <summary>
    /// Takes <paramref name="band"/> when it is a module or a story that may go beside the module held
    /// (all are set together once a band that may not comes, or at the end); returns whether it took
    /// it. A module that cannot be set where it falls goes into the flow, and so do the stories
    /// that would have gone beside it.
    /// </summary>
    private bool PlaceModule(Band band, double gap)
    {
        if (_heldModule is { } held && band.BesideModule)
        {
            held.Beside.Add((band, gap));
            return true;
        }

        FlushModule();
        if (band.Module is not null)
        {
            _heldModule = (band, gap, []);
            return true;
        }

        if (band.BesideModule)
        {
            // No module before it (the composition pairs them, so this does not happen): the flow.
            PlaceBand(band.Flow ?? band, gap, null);
            return true;
        }

        return false;
    }

    /// <summary>Sets the module held back and the stories beside it; what cannot go beside it goes into the flow.</summary>
    private void FlushModule()
    {
        if (_heldModule is not { } held)
        {
            return;
        }

        _heldModule = null;
        var used = 0;
        var why = held.Beside.Count == 0 ? "no story came to set beside it" : SetModule(held.Band, held.Beside, held.Gap, out used);
        if (why is not null)
        {
            Report(held.Band, asModule: false, why);
            PlaceBand(held.Band.Flow ?? held.Band, held.Gap, null);
        }

        foreach (var (band, gap) in held.Beside.Skip(used))
        {
            PlaceBand(band.Flow ?? band, gap, null);
        }
    }

    /// <summary>Why a story does not run on under a module on the page's first columns.</summary>
    private const string StartSideUnder = "the story after it would run on under it, and with the module on the page's first columns (左) it would open under the module, away from its headline: set the module on the last columns, or let the story end beside it";

    /// <summary>How one story beside a module is set: its header, and its body's column fills (page column, top in the body, fill).</summary>
    private sealed record BesidePlan(Band Band, double Top, double HeaderHeight, double Under, List<(int Column, double Reserved, ColumnFill Fill, double Stretch)> Fills, double Bottom, int End, bool Done, bool WentUnder);

    /// <summary>
    /// Sets <paramref name="module"/> on its columns from the current position and, in the other
    /// columns, as many of the stories <paramref name="beside"/> as reach down to its foot: each
    /// with its header across those columns and its text balanced in them, the last running on
    /// under the module across the page. Returns <c>null</c>, with <paramref name="used"/> the
    /// stories set beside it; or, when it cannot (no room on the page, the stories beside it too
    /// short to reach its foot), why, having placed nothing.
    /// </summary>
    private string? SetModule(Band module, List<(Band Band, double Gap)> beside, double gap, out int used)
    {
        used = 0;
        var spec = module.Module!;
        var top = Y + (!AtPageTop && _bandOnPage ? gap : 0);
        var pageColumns = beside[0].Band.Columns;
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

        // The stories beside: down the columns beside the module, the last on under it.
        var foot = top + depth;
        var besideFirst = spec.BesideFirstColumn(pageColumns);
        // Columns read left to right, as Word flows them.
        var order = Enumerable.Range(0, pageColumns).ToArray();
        var plans = new List<BesidePlan>(beside.Count);
        var stoppedUnder = false;
        var y = top;
        foreach (var (band, bandGap) in beside)
        {
            var storyTop = plans.Count == 0 ? top : y + bandGap;
            if (Plan(band, storyTop, foot, order, spec) is not { } plan)
            {
                if (plans.Count == 0)
                {
                    return "the story after it cannot be set beside it: its headline reaches below the module's foot, or its opening does not fit in the room left on the page";
                }

                break;
            }

            if (spec.FirstColumn == 0 && plan.WentUnder)
            {
                // With the module on the first columns, a story running on under it would read down
                // the columns under the module first (Word flows a section's columns left to right):
                // it would open there, away from its headline over the columns beside.
                if (plans.Count == 0)
                {
                    return StartSideUnder;
                }

                stoppedUnder = true;
                break;
            }

            plans.Add(plan);
            y = plan.Bottom;
            if (plan.WentUnder || !plan.Done)
            {
                break;
            }
        }

        var last = plans[^1];
        if (last.Done && !last.WentUnder && foot - last.Bottom > (1.5 * _bodyLine) + ColumnFiller.Epsilon)
        {
            return FormattableString.Invariant($"the {(plans.Count == 1 ? "story" : "stories")} beside it {(plans.Count == 1 ? "ends" : "end")} {(foot - last.Bottom) / _bodyLine:0.#} body lines above the module's foot{(stoppedUnder ? "; " + StartSideUnder.Replace("the story after it", "the next story", StringComparison.Ordinal) : "")}");
        }

        // Set: the module first, as in the model, then the stories beside it.
        used = plans.Count;
        _bandStarts.Add(Current.Count);
        _shortColumns = [];
        if (module.Item is { } moduleItem)
        {
            _itemPages.TryAdd(moduleItem, _pages.Count);
        }

        var left = Left + spec.LeftPt;
        var gapWidth = _setup.ColumnGapPt;
        var columnWidth = ColumnWidth(pageColumns);
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
            var stretch = _setup.LineGridPitchPt is null ? Stretch(module.Body, fill, bodyHeight - fill.Height, MaxStretchPerGapLines) : 0;
            SlicePainter.Paint(Current, module.Body, fill, left + pad + (column * (moduleColumn + gapWidth)), top + pad + moduleHeader, stretch);
            modulePosition = fill.End;
        }

        if (columnFills.Count < module.Columns)
        {
            // Too little text for its columns (a column holds at least two lines): a hole an editor sees.
            var empty = FormattableString.Invariant($"its text fills {columnFills.Count} of its {module.Columns} columns, the rest left empty");
            note = note is null ? empty : note + "; " + empty;
        }

        if (module.Framed)
        {
            Current.Add(new BoxElement(left, top, spec.WidthPt, depth, _rules.FramePt, _frameColor, null));
        }

        foreach (var plan in plans)
        {
            if (plan.Band.Item is { } item)
            {
                _itemPages.TryAdd(item, _pages.Count);
            }

            SlicePainter.Paint(Current, plan.Band.Header, new ColumnFill(FirstContent(plan.Band.Header), plan.Band.Header.Count, plan.HeaderHeight, false), Left + (besideFirst * (columnWidth + gapWidth)), plan.Top);
            var bodyTop = plan.Top + plan.HeaderHeight;
            foreach (var (column, reserved, fill, stretch) in plan.Fills)
            {
                SlicePainter.Paint(Current, plan.Band.Body, fill, Left + (column * (columnWidth + gapWidth)), bodyTop + reserved, stretch);
            }
        }

        ModuleRules(spec, module.Framed, pageColumns, top, top + pad + moduleHeader, foot, plans);
        Report(module, asModule: true, note, top, depth, Pieces(module.Body, columnFills), pad + moduleHeader, [.. plans.Select(plan => plan.Band.Item).OfType<BulletinItem>()]);
        _bandOnPage = true;
        if (last.Done)
        {
            Y = Math.Max(foot, last.Bottom);
            return null;
        }

        // The rest of the last story goes on on the next page, across all the columns.
        for (var k = 0; k < last.Fills.Count; k++)
        {
            var (column, reserved, fill, _) = last.Fills[k];
            var columnLeft = Left + (column * (columnWidth + gapWidth));
            ColumnStops(last.Band, fill, Bottom - (last.Top + last.HeaderHeight + reserved + fill.Height), columnLeft, columnLeft + columnWidth, k == last.Fills.Count - 1);
        }

        Y = Bottom;
        NewPage();
        PlaceBand(last.Band with { Header = [], Body = [.. last.Band.Body.Skip(last.End)], Module = null, BesideModule = false, Flow = null }, 0, null);
        return null;
    }

    /// <summary>
    /// How <paramref name="band"/> goes beside a module whose foot is at <paramref name="foot"/>,
    /// its header at <paramref name="top"/>: balanced in the columns beside the module when it ends
    /// there, else down them and on under the module (columns in reading <paramref name="order"/>);
    /// <c>null</c> when it starts too low to be beside the module or its opening does not fit on the page.
    /// </summary>
    private BesidePlan? Plan(Band band, double top, double foot, int[] order, Composition.StoryModule spec)
    {
        var besideColumns = order.Length - spec.Columns;
        var besideFirst = spec.BesideFirstColumn(order.Length);
        var header = HeightSkippingLeadingSpace(band.Header);
        var bodyTop = top + header;
        var available = Bottom - bodyTop;
        // Under the module, past the gap between stories.
        var under = foot + (_bodyLine / 2) - bodyTop;
        if (under <= _bodyLine - ColumnFiller.Epsilon || FirstChunkHeight(band.Body) > available + ColumnFiller.Epsilon)
        {
            return null;
        }

        var justify = _setup.LineGridPitchPt is null;
        var fills = new List<(int Column, double Reserved, ColumnFill Fill, double Stretch)>(order.Length);
        var position = 0;
        if (ColumnBalancer.Height(band.Body, 0, besideColumns, Math.Min(under - (_bodyLine / 2), available), _bodyLine) is { } alone)
        {
            // It ends beside the module: balanced in the columns beside it.
            for (var k = 0; k < besideColumns && !ColumnFiller.IsDone(band.Body, position); k++)
            {
                var fill = ColumnFiller.Fill(band.Body, position, alone, mustPlace: false);
                if (fill.IsEmpty)
                {
                    break;
                }

                fills.Add((besideFirst + k, 0, fill, 0));
                position = fill.End;
            }

            var height = fills.Count == 0 ? 0 : fills.Max(f => f.Fill.Height);
            for (var i = 0; justify && i < fills.Count - 1; i++)
            {
                fills[i] = fills[i] with { Stretch = Stretch(band.Body, fills[i].Fill, height - fills[i].Fill.Height, MaxBalancedStretchPerGapLines) };
            }

            return new BesidePlan(band, top, header, under, fills, bodyTop + height, position, Done: true, WentUnder: false);
        }

        var reserved = order.Select(column => column >= spec.FirstColumn && column < spec.FirstColumn + spec.Columns ? under : 0).ToArray();
        var balanced = InsetColumns.Height(band.Body, 0, reserved, available, _bodyLine);
        var room = balanced ?? available;
        for (var k = 0; k < order.Length && !ColumnFiller.IsDone(band.Body, position); k++)
        {
            var fill = ColumnFiller.Fill(band.Body, position, room - reserved[k], mustPlace: false);
            if (fill.IsEmpty)
            {
                continue;
            }

            fills.Add((order[k], reserved[k], fill, 0));
            position = fill.End;
        }

        var done = ColumnFiller.IsDone(band.Body, position);
        var used = fills.Count == 0 ? 0 : fills.Max(f => f.Reserved + f.Fill.Height);
        for (var i = 0; justify && i < fills.Count; i++)
        {
            var (_, r, fill, _) = fills[i];
            var stretch = !done ? Stretch(band.Body, fill, available - r - fill.Height, MaxStretchPerGapLines)
                : i < fills.Count - 1 ? Stretch(band.Body, fill, used - r - fill.Height, MaxBalancedStretchPerGapLines)
                : 0;
            fills[i] = fills[i] with { Stretch = stretch };
        }

        return new BesidePlan(band, top, header, under, fills, done ? bodyTop + used : Bottom, position, done, WentUnder: fills.Any(f => f.Reserved > 0));
    }

    /// <summary>
    /// The column rules of a module and the stories beside it (where the theme rules its columns):
    /// in the module under its header and along its edge from its top (a frame is its own edge);
    /// between the columns beside it under each story's header; and under the module where the last
    /// story runs on there.
    /// </summary>
    private void ModuleRules(Composition.StoryModule spec, bool framed, int pageColumns, double top, double moduleBodyTop, double foot, List<BesidePlan> plans)
    {
        if (!_setup.ColumnRule)
        {
            return;
        }

        var columnWidth = ColumnWidth(pageColumns);
        var gapWidth = _setup.ColumnGapPt;
        var last = spec.FirstColumn + spec.Columns;
        var spans = new List<(double From, double To)>();
        for (var boundary = 1; boundary < pageColumns; boundary++)
        {
            var leftIn = boundary - 1 >= spec.FirstColumn && boundary - 1 < last;
            var rightIn = boundary >= spec.FirstColumn && boundary < last;
            var edge = leftIn != rightIn;
            spans.Clear();
            if (!framed && (leftIn || rightIn))
            {
                spans.Add((edge ? top : moduleBodyTop, foot));
            }

            foreach (var plan in plans)
            {
                var bodyTop = plan.Top + plan.HeaderHeight;
                if (!leftIn && !rightIn)
                {
                    spans.Add((bodyTop, plan.Bottom));
                }
                else if (plan.WentUnder || !plan.Done)
                {
                    // Under the module; along an unframed module's edge, on from its foot.
                    spans.Add((edge && !framed ? foot : bodyTop + plan.Under, plan.Bottom));
                }
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

    private void Report(Band module, bool asModule, string? note, double top = 0, double depth = 0, IReadOnlyList<IReadOnlyList<ModulePiece>>? pieces = null, double bodyTop = 0, IReadOnlyList<BulletinItem>? beside = null)
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
            Beside = beside ?? [],
        });
    }
}
