using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for the 报尾: at least one line, each with a label and recipients, and a positive print run.</summary>
internal static class DistributionRules
{
    /// <summary>Checks <paramref name="distribution"/>; the current position is the distribution.</summary>
    public static void Check(ValidationContext context, Distribution distribution)
    {
        var lines = distribution.Lines;
        if (lines is null || lines.Count == 0)
        {
            context.Report("Lines", "distribution has no lines");
        }
        else
        {
            using var scope = context.Path.Member("Lines");
            for (var i = 0; i < lines.Count; i++)
            {
                using var index = context.Path.Index(i);
                CheckLine(context, lines[i]);
            }
        }

        if (distribution.PrintRun is <= 0)
        {
            context.Report("PrintRun", $"print run must be positive, is {distribution.PrintRun}");
        }
    }

    private static void CheckLine(ValidationContext context, DistributionLine? line)
    {
        if (line is null)
        {
            context.Report("line is null");
            return;
        }

        TextRules.Required(context, "Label", line.Label, "label is missing or blank");
        TextRules.Required(context, "Recipients", line.Recipients, "recipients are missing or blank");
    }
}
