using Bulletin.Docs.Layout.Shaping;
using HarfBuzzSharp;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Shaping;

/// <summary>The classifier's fast paths give the script HarfBuzz's Unicode data gives.</summary>
public sealed class ScriptClassifierTests
{
    [TestCase(0x3000, 0x303F, TestName = "CJK Symbols and Punctuation")]
    [TestCase(0xFF01, 0xFF65, TestName = "Half-width and full-width forms")]
    [TestCase(0x00A0, 0x00FF, TestName = "Latin-1 supplement")]
    [TestCase(0x0000, 0x007F, TestName = "ASCII")]
    public void Fast_paths_agree_with_HarfBuzz(int first, int last)
    {
        var unicode = UnicodeFunctions.Default;
        for (var cp = first; cp <= last; cp++)
        {
            var expected = unicode.GetScript((uint)cp);
            var actual = ScriptClassifier.Of(cp, unicode);
            // Common, Inherited and Unknown are all neutral to the shaper, which takes a neighbour's script for them.
            Assert.That(ScriptClassifier.IsNeutral(actual) && ScriptClassifier.IsNeutral(expected) || actual == expected, Is.True, $"U+{cp:X4}: {actual} against HarfBuzz's {expected}");
        }
    }
}
