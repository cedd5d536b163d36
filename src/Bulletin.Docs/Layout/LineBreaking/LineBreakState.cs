using static Bulletin.Docs.Layout.LineBreaking.LineBreakClass;

namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// The left context of UAX #14 (Unicode 15.0.0) while walking a text forward: enough of what came before
/// to apply rules LB4–LB31 to the next code point. A mutable value type on the caller's stack, so the walk
/// allocates nothing.
/// </summary>
/// <remarks>
/// "prev" is the previous code point after LB9/LB10: a combining mark or ZWJ attached to a base is
/// absorbed into it ("treat X CM* as X"), one that is not becomes AL.
/// LB25 follows the regular-expression tailoring of UAX #14 §8.2 Example 7, which LineBreakTest uses.
/// Unicode 15.0 has no LB15a, LB15b or LB28a (they came with 15.1), so neither has this walk.
/// </remarks>
internal struct LineBreakState
{
    private enum NumberContext : byte
    {
        None,

        /// <summary>After <c>NU (NU | SY | IS)*</c>.</summary>
        Digits,

        /// <summary>After <c>NU (NU | SY | IS)* (CL | CP)</c>.</summary>
        Closed,
    }

    private LineBreakClass _prevRaw;
    private ClassifiedCodePoint _prev;
    private LineBreakClass _prevPrev;
    private LineBreakClass _beforeSpaces;
    private int _regionalIndicators;
    private NumberContext _number;

    /// <summary>The state at the start of a text.</summary>
    public static LineBreakState Start => new()
    {
        _prevRaw = Sot,
        _prev = ClassifiedCodePoint.StartOfText,
        _prevPrev = Sot,
        _beforeSpaces = Sot,
    };

    /// <summary>True when the next code point needs a look at the one after it (LB25).</summary>
    public readonly bool NeedsLookahead(in ClassifiedCodePoint current) => current.Class is OP or HY;

    /// <summary>
    /// The break action between the previous code point and <paramref name="current"/>.
    /// <paramref name="next"/> is the code point after <paramref name="current"/> and its attached marks
    /// (or <see cref="ClassifiedCodePoint.EndOfText"/>); it is only read when <see cref="NeedsLookahead"/>.
    /// </summary>
    public readonly BreakAction Decide(in ClassifiedCodePoint current, in ClassifiedCodePoint next)
    {
        var prev = _prev.Class;
        var cur = current.Class;

        // LB4, LB5: always break after hard line breaks; CR × LF.
        switch (_prevRaw)
        {
            case BK:
            case LF:
            case NL:
                return BreakAction.Mandatory;
            case CR:
                return cur == LF ? BreakAction.None : BreakAction.Mandatory;
        }

        // LB6: × (BK | CR | LF | NL). LB7: × SP, × ZW.
        if (cur is BK or CR or LF or NL or SP or ZW)
        {
            return BreakAction.None;
        }

        var lastNonSpace = prev == SP ? _beforeSpaces : prev;

        // LB8: ZW SP* ÷
        if (lastNonSpace == ZW)
        {
            return BreakAction.Allowed;
        }

        // LB8a: ZWJ ×
        if (_prevRaw == ZWJ)
        {
            return BreakAction.None;
        }

        // LB9: X (CM | ZWJ)* → X; LB10: other CM and ZWJ are AL.
        if (cur is CM or ZWJ)
        {
            if (prev is not (SP or ZW or Sot))
            {
                return BreakAction.None;
            }

            cur = AL;
        }

        // LB11: × WJ, WJ ×. LB12: GL ×. LB12a: [^SP BA HY] × GL.
        if (cur == WJ || prev is WJ or GL || (cur == GL && prev is not (SP or BA or HY)))
        {
            return BreakAction.None;
        }

        // LB13: × CL, CP, EX, IS, SY. LB14: OP SP* ×.
        if (cur is CL or CP or EX or IS or SY || lastNonSpace == OP)
        {
            return BreakAction.None;
        }

        // LB15: QU SP* × OP. LB16: (CL | CP) SP* × NS. LB17: B2 SP* × B2.
        if ((cur == OP && lastNonSpace == QU) || (cur == NS && lastNonSpace is CL or CP) || (cur == B2 && lastNonSpace == B2))
        {
            return BreakAction.None;
        }

        // LB18: SP ÷
        if (prev == SP)
        {
            return BreakAction.Allowed;
        }

        // LB19: × QU, QU ×
        if (cur == QU || prev == QU)
        {
            return BreakAction.None;
        }

        // LB20: ÷ CB, CB ÷
        if (cur == CB || prev == CB)
        {
            return BreakAction.Allowed;
        }

        // LB21: × BA, × HY, × NS, BB ×. LB21a: HL (HY | BA) ×. LB21b: SY × HL. LB22: × IN.
        if (cur is BA or HY or NS or IN || prev == BB
            || (_prevPrev == HL && prev is HY or BA)
            || (prev == SY && cur == HL))
        {
            return BreakAction.None;
        }

        return ForbiddenByLetterAndNumberRules(prev, cur, current, next) ? BreakAction.None : BreakAction.Allowed;
    }

    /// <summary>LB23–LB30b; true when one of them forbids the break (otherwise LB31 allows it).</summary>
    private readonly bool ForbiddenByLetterAndNumberRules(
        LineBreakClass prev, LineBreakClass cur, in ClassifiedCodePoint current, in ClassifiedCodePoint next)
    {
        // LB23: (AL | HL) × NU, NU × (AL | HL)
        if ((prev is AL or HL && cur == NU) || (prev == NU && cur is AL or HL))
        {
            return true;
        }

        // LB23a: PR × (ID | EB | EM), (ID | EB | EM) × PO
        if ((prev == PR && cur is ID or EB or EM) || (prev is ID or EB or EM && cur == PO))
        {
            return true;
        }

        // LB24: (PR | PO) × (AL | HL), (AL | HL) × (PR | PO)
        if ((prev is PR or PO && cur is AL or HL) || (prev is AL or HL && cur is PR or PO))
        {
            return true;
        }

        // LB25 (UAX #14 §8.2 Example 7):
        // (PR | PO) × (OP | HY)? NU; (OP | HY) × NU; NU (NU | SY | IS)* × (NU | SY | IS | CL | CP);
        // NU (NU | SY | IS)* (CL | CP)? × (PO | PR)
        if ((prev is PR or PO && (cur == NU || (cur is OP or HY && next.Class == NU)))
            || (prev is OP or HY && cur == NU)
            || (_number == NumberContext.Digits && cur is NU or SY or IS or CL or CP)
            || (_number != NumberContext.None && cur is PO or PR))
        {
            return true;
        }

        // LB26: JL × (JL | JV | H2 | H3), (JV | H2) × (JV | JT), (JT | H3) × JT
        // LB27: (JL | JV | JT | H2 | H3) × PO, PR × (JL | JV | JT | H2 | H3)
        if ((prev == JL && cur is JL or JV or H2 or H3)
            || (prev is JV or H2 && cur is JV or JT)
            || (prev is JT or H3 && cur == JT)
            || (prev is JL or JV or JT or H2 or H3 && cur == PO)
            || (prev == PR && cur is JL or JV or JT or H2 or H3))
        {
            return true;
        }

        // LB28: (AL | HL) × (AL | HL)
        if (prev is AL or HL && cur is AL or HL)
        {
            return true;
        }

        // LB29: IS × (AL | HL)
        // LB30: (AL | HL | NU) × [OP-[\p{ea=F}\p{ea=W}\p{ea=H}]], [CP-[\p{ea=F}\p{ea=W}\p{ea=H}]] × (AL | HL | NU)
        if ((prev == IS && cur is AL or HL)
            || (prev is AL or HL or NU && cur == OP && !current.EastAsianWide)
            || (prev == CP && !_prev.EastAsianWide && cur is AL or HL or NU))
        {
            return true;
        }

        // LB30a: break between pairs of regional indicators only. LB30b: EB × EM, [ExtPict & Cn] × EM.
        return (prev == RI && cur == RI && _regionalIndicators % 2 == 1)
            || (cur == EM && _prev.EmojiBase);
    }

    /// <summary>Moves past <paramref name="current"/>.</summary>
    public void Advance(in ClassifiedCodePoint current)
    {
        var prev = _prev.Class;
        var cur = current.Class;
        if (cur is CM or ZWJ)
        {
            if (prev is not (SP or ZW or Sot or BK or CR or LF or NL))
            {
                _prevRaw = cur; // LB9: absorbed into the previous code point
                return;
            }

            cur = AL; // LB10
        }

        if (cur == SP && prev != SP)
        {
            _beforeSpaces = prev;
        }

        _number = cur switch
        {
            NU => NumberContext.Digits,
            SY or IS when _number == NumberContext.Digits => NumberContext.Digits,
            CL or CP when _number == NumberContext.Digits => NumberContext.Closed,
            _ => NumberContext.None,
        };
        _regionalIndicators = cur == RI ? _regionalIndicators + 1 : 0;
        _prevPrev = prev;
        _prevRaw = current.Class;
        _prev = cur == current.Class ? current : current with { Class = cur };
    }
}
