using NUnit.Framework;
using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Tests.LineBreaking;

public sealed class ChinesePunctuationTests
{
    [TestCase("“‘（〔【《〈「『〖［｛", PunctuationClass.Opening)]
    [TestCase("”’）〕】》〉」』〗］｝", PunctuationClass.Closing)]
    [TestCase("，、；：", PunctuationClass.Comma)]
    [TestCase("。？！．", PunctuationClass.FullStop)]
    [TestCase("·・", PunctuationClass.MiddleDot)]
    [TestCase("—～–⸺", PunctuationClass.Dash)]
    [TestCase("…⋯", PunctuationClass.Ellipsis)]
    [TestCase("太原A4 ,.()\"", PunctuationClass.None)]
    public void ClassifiesEveryMarkOfTheGroup(string marks, object expected)
    {
        // object: PunctuationClass is internal and a public test method cannot take it.
        Assert.That(marks.Select(ChinesePunctuation.Classify), Is.All.EqualTo((PunctuationClass)expected));
    }
}
