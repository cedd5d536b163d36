using NUnit.Framework;
using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Tests.LineBreaking;

public sealed class UnicodeLineBreakConformanceTests
{
    /// <summary>
    /// Lines of LineBreakTest-15.0.0.txt this implementation is known to disagree with, each with the
    /// reason. Empty: every case passes.
    /// </summary>
    private static readonly HashSet<int> KnownFailures = [];

    [Test]
    public void EveryLineOfLineBreakTest15Passes()
    {
        var cases = LineBreakTestCase.Load();
        var failures = new List<(int Line, string Message)>();
        foreach (var testCase in cases)
        {
            var actual = new BreakAction[testCase.Text.Length + 1];
            UnicodeLineBreak.Analyze(testCase.Text, actual);
            if (testCase.Compare(actual) is string message)
            {
                failures.Add((testCase.LineNumber, message));
            }
        }

        int passed = cases.Count - failures.Count;
        TestContext.Out.WriteLine($"LineBreakTest: {passed}/{cases.Count} passed");
        foreach (var (_, message) in failures)
        {
            TestContext.Out.WriteLine(message);
        }

        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Count.GreaterThan(7000), "the test file was not read whole");
            Assert.That(failures.Select(f => f.Line), Is.EquivalentTo(KnownFailures));
            Assert.That(passed, Is.EqualTo(cases.Count - KnownFailures.Count));
        });
    }
}
