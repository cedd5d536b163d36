using System.Text;
using NUnit.Framework;
using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Tests.LineBreaking;

/// <summary>Invariants of the tailored breaker over many generated Chinese/Latin/digit/punctuation strings.</summary>
public sealed class LineBreakPropertyTests
{
    private static readonly string[] Pieces =
    [
        "太", "原", "科", "技", "𠀀", "𪚥", "A", "b", "GaWC", "4", "3.7", "%", " ", "\n",
        "，", "。", "、", "：", "；", "！", "？", "．", "”", "’", "）", "〕", "】", "》", "〉", "」", "』", "〗", "］", "｝",
        "“", "‘", "（", "〔", "【", "《", "〈", "「", "『", "〖", "［", "｛",
        "——", "……", "⋯⋯", "⸺", "—", "–", "～", "·", "/", "／", "(", ")", ",", ".", "é", "\u0301", "😀",
    ];

    private const string NoStart = "、，。．：；！？”’）〕】》〉」』〗］｝–～·/／";
    private const string NoEnd = "“‘（〔【《〈「『〖［｛/／";

    [Test]
    public void GeneratedTextNeverBreaksWhereItMustNot()
    {
        var random = new Random(20240106); // fixed seed: the same strings on every run
        int checkedBreaks = 0;
        for (int sample = 0; sample < 3000; sample++)
        {
            string text = Generate(random);
            var actions = new BreakAction[text.Length + 1];
            LineBreaker.Analyze(text, actions, LineBreakStrictness.GB);
            for (int i = 1; i < text.Length; i++)
            {
                if (actions[i] == BreakAction.None)
                {
                    continue;
                }

                checkedBreaks++;
                string where = $"break before index {i} of \"{text}\"";
                Assert.That(char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]), Is.False, $"surrogate pair split: {where}");
                Assert.That(text[i] == text[i - 1] && text[i] is '—' or '…' or '⋯', Is.False, $"——/…… split: {where}");
                if (actions[i] == BreakAction.Allowed)
                {
                    bool lonelyDash = text[i] == '—' && !(i + 1 < text.Length && text[i + 1] == '—');
                    Assert.That(NoStart.Contains(text[i]) || lonelyDash, Is.False, $"line starts with a no-start mark: {where}");
                    // A slash between ASCII letters or digits may be a URL's or path's separator,
                    // which lines break after (UrlBreakTests); the Chinese separator mark never ends one.
                    bool addressSlash = text[i - 1] == '/' && char.IsAsciiLetterOrDigit(text[i]) && i >= 2 && char.IsAsciiLetterOrDigit(text[i - 2]);
                    Assert.That(NoEnd.Contains(LastVisibleBefore(text, i)) && !addressSlash, Is.False, $"line ends with a no-end mark: {where}");
                }
            }

            Assert.That(actions[text.Length], Is.EqualTo(BreakAction.Mandatory));
        }

        Assert.That(checkedBreaks, Is.GreaterThan(10000), "the generator should produce plenty of breaks");
    }

    private static char LastVisibleBefore(string text, int index)
    {
        int last = index - 1;
        while (last > 0 && text[last] == ' ')
        {
            last--;
        }

        return text[last];
    }

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        int count = random.Next(1, 24);
        for (int i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
