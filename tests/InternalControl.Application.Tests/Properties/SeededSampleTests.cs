using CsCheck;
using InternalControl.Testing.Properties;

namespace InternalControl.Application.Tests.Properties;

/// <summary>
/// The property tests repeat: the same seed checks the same cases in the same order, and a failure names its seed and
/// the smallest failing case found, so the run that failed in CI fails again on a laptop.
/// </summary>
public sealed class SeededSampleTests
{
    private static readonly Gen<List<int>> Lists = Gen.Int[0, 1000].List[0, 20];

    [Fact]
    public void Check_SameSeedTwice_ChecksTheSameCasesInTheSameOrder()
    {
        // Arrange
        var first = new List<string>();
        var second = new List<string>();

        // Act
        SeededSample.Check(Lists, l => first.Add(string.Join(",", l)), SeededSample.DefaultSeed, 200);
        SeededSample.Check(Lists, l => second.Add(string.Join(",", l)), SeededSample.DefaultSeed, 200);

        // Assert: 200 cases each, the same ones, and not one case repeated (the generator moves on)
        Assert.Equal(200, first.Count);
        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > 150, string.Join(" | ", first.Take(5)));
    }

    [Fact]
    public void Check_AFailingProperty_FailsWithTheSmallestCaseAndASeedThatRepeatsIt()
    {
        // Arrange: lists holding a number over 900 fail
        static void NoneOver900(List<int> l) => Assert.DoesNotContain(l, n => n > 900);

        // Act
        var failure = Assert.Throws<SeededSampleException>(() => SeededSample.Check(Lists, NoneOver900, SeededSample.DefaultSeed, 300, l => "[" + string.Join(",", l) + "]"));

        // Assert: the smallest failing case is printed, with its seed, and that seed's first case fails the same way
        var seed = failure.Seed;
        Assert.StartsWith("Seed " + seed + " ", failure.Message, StringComparison.Ordinal);
        var printed = failure.Message.Split('\n')[1];
        Assert.Matches(@"^\[\d+(,\d+)*\]$", printed);
        Assert.True(printed.Split(',').Length <= 3, failure.Message);
        List<int>? replayed = null;
        Assert.Throws<SeededSampleException>(() => SeededSample.Check(Lists, l => { replayed ??= l; NoneOver900(l); }, seed, 1));
        Assert.Equal(printed, "[" + string.Join(",", replayed!) + "]");
    }
}
