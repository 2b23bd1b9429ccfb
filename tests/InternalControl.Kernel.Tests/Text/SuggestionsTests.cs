using InternalControl.Kernel.Text;

namespace InternalControl.Kernel.Tests.Text;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("value", "value", 0)]
    [InlineData("valeu", "value", 1)]
    [InlineData("VALUE", "value", 0)]
    [InlineData("vale", "value", 1)]
    [InlineData("vaxue", "value", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("бағаа", "баға", 1)]
    public void Distance_TwoWords_CountsEditsWithSwapsAsOne(string a, string b, int expected)
    {
        // Act
        var distance = Suggestions.Distance(a, b);

        // Assert
        Assert.Equal(expected, distance);
    }

    [Fact]
    public void Best_AMisspelledParameter_SuggestsTheNearestWithinAThird()
    {
        // Arrange
        string[] parameters = ["twos_threshold", "individual_work_days", "review_days"];

        // Act
        var suggestion = Suggestions.Best("twos_treshold", parameters);

        // Assert
        Assert.Equal("twos_threshold", suggestion);
    }

    [Fact]
    public void Best_AWordFarFromEveryCandidate_SuggestsNothing()
    {
        // Act
        var suggestion = Suggestions.Best("quality", ["twos_threshold", "review_days"]);

        // Assert
        Assert.Null(suggestion);
    }

    [Fact]
    public void Closest_TiesAtTheSameDistance_ComeInOrdinalOrder()
    {
        // Act
        var closest = Suggestions.Closest("cat", ["bat", "car", "hat"], max: 3);

        // Assert
        Assert.Equal(["bat", "car", "hat"], closest);
    }

    [Fact]
    public void Nearest_AShortClosedList_AlwaysSuggestsOne()
    {
        // Act
        var nearest = Suggestions.Nearest("headmaster", ["class_teacher", "deputy_director", "director"]);

        // Assert
        Assert.Equal("director", nearest);
    }
}
