using System.Globalization;
using InternalControl.Kernel.Time;

namespace InternalControl.Kernel.Tests.Time;

public sealed class IsoDateTests
{
    [Fact]
    public void Text_InAnyCulture_IsIsoYearMonthDay()
    {
        // Arrange
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ky-KG");
        try
        {
            // Act
            var text = IsoDate.Text(new DateOnly(2026, 3, 8));

            // Assert
            Assert.Equal("2026-03-08", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("2026-11-27", true)]
    [InlineData(" 2026-11-27 ", true)]
    [InlineData("27.11.2026", false)]
    [InlineData("2026-02-30", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_TextFromAPersonOrAFile_AcceptsOnlyIsoDates(string? text, bool expected)
    {
        // Act
        var parsed = IsoDate.TryParse(text, out var date);

        // Assert
        Assert.Equal(expected, parsed);
        Assert.Equal(expected ? new DateOnly(2026, 11, 27) : default, date);
    }

    [Fact]
    public void ParseOrNull_NoText_IsNull()
    {
        // Act and assert
        Assert.Null(IsoDate.ParseOrNull(null));
        Assert.Equal(new DateOnly(2027, 5, 31), IsoDate.ParseOrNull("2027-05-31"));
    }

    [Theory]
    [InlineData("2026-11-27", true)]
    [InlineData("2028-02-29", true)]
    [InlineData("2027-02-29", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-11-00", false)]
    [InlineData("2026-11-2a", false)]
    [InlineData("2026/11/27", false)]
    [InlineData(" 2026-11-27", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("", false)]
    public void TryParseUtf8_StoredBytes_AreTheDateTextParseReads(string text, bool expected)
    {
        // Act
        var parsed = IsoDate.TryParseUtf8(System.Text.Encoding.UTF8.GetBytes(text), out var date);

        // Assert: the same answer and the same date as the text form
        Assert.Equal(expected, parsed);
        Assert.Equal(expected ? IsoDate.Parse(text) : default, date);
    }
}
