using Bulletin.Docs.Characters;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Characters;

/// <summary>The generated CJK facts agree with the Unicode data they come from.</summary>
[TestFixture]
public sealed class CjkFactsTests
{
    // The flags as constants, since attribute arguments cannot name an internal enum from a public method.
    private static class F
    {
        public const int None = 0, Han = 1, Wide = 2, Ambiguous = 4, OneEm = 8, Combining = 16;
    }

    [TestCase(0x4E00, true, TestName = "一 (CJK Unified Ideographs)")]
    [TestCase(0x3400, true, TestName = "U+3400 (Extension A)")]
    [TestCase(0x20000, true, TestName = "U+20000 (Extension B)")]
    [TestCase(0x2EBF0, true, TestName = "U+2EBF0 (unassigned in plane 2, reserved for ideographs)")]
    [TestCase(0xF900, true, TestName = "U+F900 (compatibility ideograph)")]
    [TestCase(0x3042, false, TestName = "あ (kana is not Han)")]
    [TestCase(0x3001, false, TestName = "、 (punctuation is not Han)")]
    [TestCase(0x1F210, false, TestName = "U+1F210 (a squared ideograph is a symbol)")]
    [TestCase('A', false, TestName = "A")]
    public void Han_is_the_unified_and_compatibility_ideographs(int codePoint, bool han) =>
        Assert.That(CjkFacts.IsHan(codePoint), Is.EqualTo(han));

    [TestCase(0x4E00, F.Han | F.Wide | F.OneEm)]
    [TestCase(0x3042, F.Wide | F.OneEm)]
    [TestCase(0xAC00, F.Wide | F.OneEm)]
    [TestCase(0xFF21, F.Wide | F.OneEm)]
    [TestCase(0x3000, F.Wide | F.OneEm)]
    [TestCase(0x3002, F.Wide)]
    [TestCase(0x201C, F.Ambiguous)]
    [TestCase(0x00B7, F.Ambiguous)]
    [TestCase(0x3099, F.Wide | F.Combining)]
    [TestCase(0x0301, F.Ambiguous | F.Combining)]
    [TestCase('a', F.None)]
    [TestCase(0x10FFFF, F.None)]
    [TestCase(-1, F.None)]
    public void Facts_follow_east_asian_width_and_general_category(int codePoint, int expected) =>
        Assert.That(CjkFacts.Of(codePoint), Is.EqualTo((CjkFacts.Fact)expected));
}
