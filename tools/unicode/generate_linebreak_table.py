#!/usr/bin/env python3
"""Generate the Line_Break lookup tables used by Bulletin.Docs (UAX #14, Unicode 15.0.0).

Inputs (vendored next to this script, unchanged from https://www.unicode.org/Public/15.0.0/ucd/):
  LineBreak-15.0.0.txt, EastAsianWidth-15.0.0.txt

Outputs (committed, so building the library never needs Python):
  src/Bulletin.Docs/Layout/LineBreaking/LineBreakClass.g.cs
  src/Bulletin.Docs/Layout/LineBreaking/LineBreakTable.g.cs

Run from the repository root:  python3 tools/unicode/generate_linebreak_table.py

What the tables hold:
  * the Line_Break class of every code point, already resolved by UAX #14 rule LB1
    (AI, SG, XX -> AL; SA -> CM when General_Category is Mn or Mc, else AL; CJ -> NS),
    with bit 7 set when East_Asian_Width is F, W or H (needed by LB30);
  * the unassigned Extended_Pictographic code points (LB30b).  emoji-data.txt is not among the
    inputs, so these are derived: LineBreak.txt lists the unassigned code points of
    U+1F000..U+1FAFF and U+1FC00..U+1FFFD as ID (header of LineBreak.txt), and in Unicode 15.0
    every such unassigned code point lies inside an Extended_Pictographic range of emoji-data.txt
    (which covers U+1F000..U+1F0FF, U+1F10D.., ..., U+1FC00..U+1FFFD), while the only gap,
    U+1FB00..U+1FBFF, defaults to XX.  So ExtPict & Cn == { Cn code points in U+1F000..U+1FFFD
    whose Line_Break is ID }.
The General_Category values (for LB1's SA rule and the Cn test above) come from the comments of
LineBreak.txt, which list them per line.
Unicode 15.0 has no AK/AP/AS/VF/VI classes and no LB15a/LB15b/LB28a (those arrived in 15.1); an unknown
class in the input stops the script.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(ROOT, "src", "Bulletin.Docs", "Layout", "LineBreaking")

# Resolved classes (after LB1) in enum order.  Values must stay below 64: bit 7 carries East_Asian_Width.
CLASSES = [
    ("AL", "Alphabetic (also AI, SG, XX and SA other than Mn/Mc, rule LB1)."),
    ("BK", "Mandatory break (LB4)."),
    ("CR", "Carriage return (LB5)."),
    ("LF", "Line feed (LB5)."),
    ("NL", "Next line (LB5)."),
    ("CM", "Combining mark (also SA with General_Category Mn/Mc, rule LB1)."),
    ("ZWJ", "Zero width joiner (LB8a)."),
    ("WJ", "Word joiner (LB11)."),
    ("ZW", "Zero width space (LB7, LB8)."),
    ("GL", "Non-breaking glue (LB12)."),
    ("SP", "Space (LB7, LB18)."),
    ("B2", "Break opportunity before and after, e.g. EM DASH (LB17)."),
    ("BA", "Break after (LB21)."),
    ("BB", "Break before (LB21)."),
    ("HY", "Hyphen (LB21, LB25)."),
    ("CB", "Contingent break (LB20)."),
    ("CL", "Close punctuation (LB13, LB16)."),
    ("CP", "Close parenthesis (LB13, LB30)."),
    ("EX", "Exclamation / interrogation (LB13)."),
    ("IN", "Inseparable, e.g. ellipsis (LB22)."),
    ("NS", "Nonstarter (also CJ, rule LB1)."),
    ("OP", "Open punctuation (LB14, LB30)."),
    ("QU", "Ambiguous quotation (LB15, LB19)."),
    ("IS", "Infix numeric separator (LB13, LB29)."),
    ("NU", "Numeric (LB25)."),
    ("PO", "Postfix numeric (LB24, LB25)."),
    ("PR", "Prefix numeric (LB24, LB25)."),
    ("SY", "Symbols allowing break after, e.g. SOLIDUS (LB13, LB21b)."),
    ("EB", "Emoji base (LB30b)."),
    ("EM", "Emoji modifier (LB30b)."),
    ("H2", "Hangul LV syllable (LB26)."),
    ("H3", "Hangul LVT syllable (LB26)."),
    ("HL", "Hebrew letter (LB21a, LB21b)."),
    ("ID", "Ideographic (breaks allowed on both sides)."),
    ("JL", "Hangul L jamo (LB26)."),
    ("JV", "Hangul V jamo (LB26)."),
    ("JT", "Hangul T jamo (LB26)."),
    ("RI", "Regional indicator (LB30a)."),
    ("Sot", "Not a Unicode class: the start of the text (LB2)."),
    ("Eot", "Not a Unicode class: the end of the text (LB3)."),
]
CLASS_VALUE = {name: i for i, (name, _) in enumerate(CLASSES)}
EAST_ASIAN_FLAG = 0x80
BLOCK_SHIFT = 7
MAX_CP = 0x110000

LINE = re.compile(r"^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*(\w+)\s*#\s*(\w\w|L&)")


def parse(path):
    with open(path, encoding="utf-8") as f:
        for raw in f:
            m = LINE.match(raw)
            if m:
                first = int(m.group(1), 16)
                last = int(m.group(2), 16) if m.group(2) else first
                yield first, last, m.group(3), m.group(4)


def resolve(lb, gc):
    # UAX #14 LB1
    if lb in ("AI", "SG", "XX"):
        return "AL"
    if lb == "SA":
        return "CM" if gc in ("Mn", "Mc") else "AL"
    if lb == "CJ":
        return "NS"
    return lb


def build():
    values = bytearray([CLASS_VALUE["AL"]]) * MAX_CP  # @missing: XX, resolved to AL
    unassigned_pictographic = []
    for first, last, lb, gc in parse(os.path.join(HERE, "LineBreak-15.0.0.txt")):
        value = CLASS_VALUE[resolve(lb, gc)]
        for cp in range(first, last + 1):
            values[cp] = value
        if lb == "ID" and gc == "Cn" and first >= 0x1F000 and last <= 0x1FFFD:
            unassigned_pictographic.append((first, last))
    for first, last, ea, _ in parse(os.path.join(HERE, "EastAsianWidth-15.0.0.txt")):
        if ea in ("F", "W", "H"):
            for cp in range(first, last + 1):
                values[cp] |= EAST_ASIAN_FLAG
    # Unlisted code points default to W in these ranges (header of EastAsianWidth.txt).
    for first, last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)):
        for cp in range(first, last + 1):
            values[cp] |= EAST_ASIAN_FLAG
    return values, unassigned_pictographic


def two_stage(values):
    size = 1 << BLOCK_SHIFT
    blocks, index, stage1 = [], {}, []
    for start in range(0, MAX_CP, size):
        block = bytes(values[start:start + size])
        if block not in index:
            index[block] = len(blocks)
            blocks.append(block)
        stage1.append(index[block])
    return stage1, blocks


def hex_rows(numbers, per_row, fmt):
    rows = []
    for i in range(0, len(numbers), per_row):
        rows.append("        " + ", ".join(fmt.format(n) for n in numbers[i:i + per_row]) + ",")
    return "\n".join(rows)


HEADER = """// <auto-generated>
// Generated by tools/unicode/generate_linebreak_table.py from the Unicode 15.0.0 files
// LineBreak-15.0.0.txt and EastAsianWidth-15.0.0.txt (vendored in tools/unicode/). Do not edit.
// </auto-generated>
"""


def write_enum():
    lines = [HEADER, "namespace Bulletin.Docs.Layout.LineBreaking;", "",
             "/// <summary>UAX #14 Line_Break classes after rule LB1 resolution (Unicode 15.0.0).</summary>",
             "internal enum LineBreakClass : byte", "{"]
    for name, doc in CLASSES:
        lines.append(f"    /// <summary>{doc}</summary>")
        lines.append(f"    {name} = {CLASS_VALUE[name]},")
    lines.append("}")
    with open(os.path.join(OUT_DIR, "LineBreakClass.g.cs"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_table(values, unassigned_pictographic):
    stage1, blocks = two_stage(values)
    stage1_type = "byte" if len(blocks) <= 256 else "ushort"
    stage2 = [b for block in blocks for b in block]
    ranges = "\n            or ".join(
        f"(>= 0x{a:04X} and <= 0x{b:04X})" if a != b else f"0x{a:04X}" for a, b in unassigned_pictographic)
    text = f"""{HEADER}
namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// Line_Break (resolved by LB1) and East_Asian_Width data of every code point, as a two-stage table:
/// <c>Stage1[cp &gt;&gt; {BLOCK_SHIFT}]</c> picks a {1 << BLOCK_SHIFT}-entry block of <c>Stage2</c>; each entry holds the
/// <see cref="LineBreakClass"/> in its low 6 bits and bit 7 set when East_Asian_Width is F, W or H.
/// </summary>
internal static class LineBreakTable
{{
    private const int BlockShift = {BLOCK_SHIFT};
    private const int BlockMask = {(1 << BLOCK_SHIFT) - 1};
    private const byte ClassMask = 0x3F;
    private const byte EastAsianFlag = 0x{EAST_ASIAN_FLAG:02X};

    /// <summary>The resolved Line_Break class of <paramref name="codePoint"/> (0..0x10FFFF).</summary>
    public static LineBreakClass GetClass(int codePoint) => (LineBreakClass)(Entry(codePoint) & ClassMask);

    /// <summary>
    /// The resolved Line_Break class of <paramref name="codePoint"/>, and whether its East_Asian_Width is
    /// F, W or H (UAX #14 LB30), from one lookup.
    /// </summary>
    public static LineBreakClass GetClass(int codePoint, out bool eastAsianFullWideOrHalf)
    {{
        byte entry = Entry(codePoint);
        eastAsianFullWideOrHalf = (entry & EastAsianFlag) != 0;
        return (LineBreakClass)(entry & ClassMask);
    }}

    /// <summary>True for unassigned (Cn) Extended_Pictographic code points (UAX #14 LB30b).</summary>
    public static bool IsUnassignedExtendedPictographic(int codePoint) => codePoint >= 0x{unassigned_pictographic[0][0]:04X}
        && codePoint is {ranges};

    private static byte Entry(int codePoint) =>
        Stage2[(Stage1[codePoint >> BlockShift] << BlockShift) | (codePoint & BlockMask)];

    private static ReadOnlySpan<{stage1_type}> Stage1 => new {stage1_type}[]
    {{
{hex_rows(stage1, 16, "{:d}")}
    }};

    private static ReadOnlySpan<byte> Stage2 => new byte[]
    {{
{hex_rows(stage2, 32, "0x{:02X}")}
    }};
}}
"""
    with open(os.path.join(OUT_DIR, "LineBreakTable.g.cs"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(stage1), len(blocks)


def main():
    values, unassigned_pictographic = build()
    write_enum()
    n1, nblocks = write_table(values, unassigned_pictographic)
    print(f"stage1 {n1} entries, {nblocks} blocks of {1 << BLOCK_SHIFT} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
