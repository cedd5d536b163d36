using NUnit.Framework;
using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Tests.LineBreaking;

/// <summary>clreq tailoring on sentences of the seed page (set with full-width punctuation, as printed).</summary>
public sealed class ChineseLineBreakTests
{
    private const string Dateline = "本报讯 1月6日，省政府新闻办举行“推动高质量发展 深化全方位转型”系列主题第四十五场新闻发布会。";

    [Test]
    public void StopsAndClosingQuotesNeverStartALineAndOpeningQuotesNeverEndOne()
    {
        string shown = BreakMarks.Show(Dateline);
        Assert.Multiple(() =>
        {
            Assert.That(shown, Does.Not.Contain("|，").And.Not.Contain("|。").And.Not.Contain("|”"));
            Assert.That(shown, Does.Not.Contain("“|"));
            Assert.That(shown, Does.Contain("行|“推"), "a break before an opening quote is fine");
            Assert.That(shown, Does.Contain("省|政|府"), "Han characters break between each other");
            Assert.That(shown, Does.StartWith("本|报|讯 |1|月|6|日，|省"));
        });
    }

    [Test]
    public void PlainUnicodeKeepsChineseQuotesAmbiguous()
    {
        string shown = BreakMarks.Show(Dateline, LineBreakStrictness.None);
        Assert.That(shown, Does.Contain("行“推").And.Contain("”系"), "UAX #14 LB19 forbids breaks around QU");
    }

    [Test]
    public void BracketsAndTitleMarksHoldTheirContents()
    {
        string shown = BreakMarks.Show("连续3年上榜，在GaWC《全球化与世界城市研究网络》《2024世界城市名册》榜单中（上接第1版）");
        Assert.Multiple(() =>
        {
            Assert.That(shown, Does.Contain("|GaWC|《全"), "Latin word whole, break allowed before 《");
            Assert.That(shown, Does.Not.Contain("《|").And.Not.Contain("（|").And.Not.Contain("|》").And.Not.Contain("|）"));
            Assert.That(shown, Does.Contain("》|《"));
            Assert.That(shown, Does.Contain("《2024|世"), "the year stays whole");
        });
    }

    [TestCase("签署合同总额达3.7亿元。", "|3.7|亿")]
    [TestCase("空气质量综合指数为4.75，达到历史最好水平。", "|4.75，")]
    [TestCase("铜箔厚度仅有A4纸的二十五分之一。", "|A4|纸")]
    [TestCase("生产效率提高了30%，产值3年就翻了一番。", "|30%，")]
    [TestCase("已注册企业243家，申请知识产权520件。", "|243|家")]
    public void NumbersAndLatinAreNeverSplit(string sentence, string unbroken)
    {
        // The number stays whole; a break between it and the next Han character is fine (UAX #14 LB31).
        Assert.That(BreakMarks.Show(sentence), Does.Contain(unbroken));
    }

    [Test]
    public void TwoEmDashStartsALineExceptWhenStrict()
    {
        const string sentence = "越多的科技成果在井下转化为看得见的生产力——围绕定向长钻孔瓦斯抽采";
        Assert.Multiple(() =>
        {
            Assert.That(BreakMarks.Show(sentence, LineBreakStrictness.GB), Does.Contain("力|——|围"));
            Assert.That(BreakMarks.Show(sentence, LineBreakStrictness.Basic), Does.Contain("力|——|围"));
            Assert.That(BreakMarks.Show(sentence, LineBreakStrictness.Strict), Does.Contain("力——|围"));
            Assert.That(BreakMarks.Show("——西山煤电重大科技成果落地转化“加速度”"), Does.StartWith("——|西"));
        });
    }

    [Test]
    public void EllipsisStartsALineExceptWhenStrictAndIsNeverSplit()
    {
        const string sentence = "实用新型专利2项……今年，西山";
        Assert.Multiple(() =>
        {
            Assert.That(BreakMarks.Show(sentence, LineBreakStrictness.GB), Does.Contain("项|……|今"));
            Assert.That(BreakMarks.Show(sentence, LineBreakStrictness.Strict), Does.Contain("|项……|今"));
            Assert.That(BreakMarks.Show(sentence, LineBreakStrictness.None), Does.Contain("……"));
            Assert.That(BreakMarks.Show("坩埚取放⋯⋯每一步", LineBreakStrictness.None), Does.Contain("⋯⋯"));
            Assert.That(BreakMarks.Show("他说——", LineBreakStrictness.None), Does.Contain("——"));
        });
    }

    [Test]
    public void LoneDashConnectorNeverStartsALine()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BreakMarks.Show("太原—北京航线", LineBreakStrictness.Basic), Does.Contain("原—|北"));
            Assert.That(BreakMarks.Show("太原—北京航线", LineBreakStrictness.None), Does.Contain("原|—|北"));
            Assert.That(BreakMarks.Show("晋创谷·太原"), Does.Contain("谷·|太"));
            Assert.That(BreakMarks.Show("晋创谷·太原", LineBreakStrictness.None), Does.Contain("谷|·"));
        });
    }

    [Test]
    public void SolidusNeverEndsALineFromGBOn()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BreakMarks.Show("市／区", LineBreakStrictness.None), Is.EqualTo("市|／|区"));
            Assert.That(BreakMarks.Show("市／区", LineBreakStrictness.Basic), Is.EqualTo("市／|区"));
            Assert.That(BreakMarks.Show("市／区", LineBreakStrictness.GB), Is.EqualTo("市／区"));
            Assert.That(BreakMarks.Show("市/区", LineBreakStrictness.Basic), Is.EqualTo("市/|区"));
            Assert.That(BreakMarks.Show("市/区", LineBreakStrictness.GB), Is.EqualTo("市/区"));
        });
    }

    [Test]
    public void AtomicSpansKeepCreditsAndJumpLinesWhole()
    {
        const string caption = "景致如画，美不胜收。 王韵菲 摄";
        int credit = caption.IndexOf("王韵菲", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(BreakMarks.Show(caption), Does.EndWith("|王|韵|菲 |摄"));
            Assert.That(BreakMarks.Show(caption, LineBreakStrictness.GB, credit..caption.Length), Does.EndWith("|王韵菲 摄"));
            Assert.That(BreakMarks.Show("（上接第1版）战略", LineBreakStrictness.GB, 0..7), Does.StartWith("（上接第1版）|战"));
        });
    }

    [Test]
    public void ApostropheBetweenLettersIsNotAClosingQuote()
    {
        Assert.That(BreakMarks.Show("他说 don’t stop", LineBreakStrictness.GB), Does.Contain("don’t"));
    }

    [Test]
    public void HardLineBreaksAndTextEndAreMandatory()
    {
        var actions = new BreakAction[4];
        LineBreaker.Analyze("甲\n乙", actions);
        Assert.That(actions, Is.EqualTo(new[] { BreakAction.None, BreakAction.None, BreakAction.Mandatory, BreakAction.Mandatory }));
    }

    [Test]
    public void SupplementaryIdeographsBreakBetweenButNeverInsideASurrogatePair()
    {
        const string text = "𠀀𠀁";
        var actions = new BreakAction[text.Length + 1];
        LineBreaker.Analyze(text, actions);
        Assert.That(actions, Is.EqualTo(new[] { BreakAction.None, BreakAction.None, BreakAction.Allowed, BreakAction.None, BreakAction.Mandatory }));
    }

    [Test]
    public void OutputShorterThanTextPlusOneIsRejected()
    {
        Assert.Throws<ArgumentException>(() => LineBreaker.Analyze("甲乙", new BreakAction[2]));
    }

    [Test]
    public void EmergencyBreaksFallOnGraphemeBoundariesOnly()
    {
        const string url = "https://e.cn/a";
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(1, url.Length - 1).All(i => LineBreaker.IsEmergencyBreakCandidate(url, i)));
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("cafe\u0301s", 4), Is.False, "before a combining accent");
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("cafe\u0301s", 5), Is.True);
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("a𠀀b", 2), Is.False, "inside a surrogate pair");
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("a——b", 2), Is.False, "inside ——");
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("🇨🇳🇨🇳", 4), Is.True, "between two flags");
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("🇨🇳🇨🇳", 2), Is.False, "inside a flag");
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("ab", 0), Is.False);
            Assert.That(LineBreaker.IsEmergencyBreakCandidate("ab", 2), Is.False);
        });
    }
}
