using NUnit.Framework;
using System.Globalization;
using System.Text;
using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Tests.LineBreaking;

/// <summary>One case of LineBreakTest-15.0.0.txt: the text and, per UTF-16 index, whether a break is expected.</summary>
internal sealed record LineBreakTestCase(int LineNumber, string Source, string Text, bool?[] ExpectedBreakBefore)
{
    public static IReadOnlyList<LineBreakTestCase> Load()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "LineBreaking", "Data", "LineBreakTest-15.0.0.txt");
        var cases = new List<LineBreakTestCase>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            string data = line.Split('#')[0].Trim();
            if (data.Length > 0)
            {
                cases.Add(Parse(lineNumber, data));
            }
        }

        return cases;
    }

    private static LineBreakTestCase Parse(int lineNumber, string data)
    {
        var text = new StringBuilder();
        var expected = new List<bool?>();
        foreach (string token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "÷":
                    expected.Add(true);
                    break;
                case "×":
                    expected.Add(false);
                    break;
                default:
                    var rune = new Rune(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    text.Append(rune.ToString());
                    if (rune.Utf16SequenceLength == 2)
                    {
                        expected.Add(null); // inside a surrogate pair: no marker in the file
                    }

                    break;
            }
        }

        return new LineBreakTestCase(lineNumber, data, text.ToString(), [.. expected]);
    }

    /// <summary>The difference between <paramref name="actual"/> and the expectation, or null when they agree.</summary>
    public string? Compare(ReadOnlySpan<BreakAction> actual)
    {
        var got = new StringBuilder();
        bool same = true;
        for (int i = 0; i < ExpectedBreakBefore.Length; i++)
        {
            bool isBreak = actual[i] != BreakAction.None;
            if (ExpectedBreakBefore[i] is bool expected)
            {
                same &= expected == isBreak;
            }
            else
            {
                same &= !isBreak;
            }

            got.Append(isBreak ? "÷" : "×");
            if (i < Text.Length)
            {
                got.Append(' ');
                if (char.IsHighSurrogate(Text[i]))
                {
                    got.Append(char.ConvertToUtf32(Text[i], Text[i + 1]).ToString("X4", CultureInfo.InvariantCulture)).Append(' ');
                    i++;
                    isBreak = actual[i] != BreakAction.None;
                    same &= !isBreak;
                }
                else
                {
                    got.Append(((int)Text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append(' ');
                }
            }
        }

        return same ? null : $"line {LineNumber}: expected {Source}\n          got      {got}";
    }
}
