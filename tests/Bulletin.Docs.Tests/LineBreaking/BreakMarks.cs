using System.Text;
using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Tests.LineBreaking;

/// <summary>Shows break opportunities inline: <c>|</c> for an allowed break, <c>!</c> for a mandatory one.</summary>
internal static class BreakMarks
{
    public static string Show(string text, LineBreakStrictness strictness = LineBreakStrictness.GB, params Range[] atomicSpans)
    {
        var actions = new BreakAction[text.Length + 1];
        LineBreaker.Analyze(text, actions, strictness, atomicSpans);
        var shown = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            shown.Append(Mark(actions[i])).Append(text[i]);
        }

        return shown.ToString();
    }

    private static string Mark(BreakAction action) => action switch
    {
        BreakAction.Allowed => "|",
        BreakAction.Mandatory => "!",
        _ => "",
    };
}
