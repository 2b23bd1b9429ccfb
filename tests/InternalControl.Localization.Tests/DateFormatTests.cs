using InternalControl.Localization;

namespace InternalControl.Localization.Tests;

/// <summary>Dates read as each reader's schools write them: day, month and year with dots in kk, ky and ru.</summary>
public sealed class DateFormatTests
{
    [Theory]
    [InlineData(Language.Kk, "05.12.2026")]
    [InlineData(Language.Ky, "05.12.2026")]
    [InlineData(Language.Ru, "05.12.2026")]
    [InlineData(Language.En, "05/12/2026")]
    public void Date_IsWrittenAsTheReadersSchoolsWriteIt(Language language, string expected)
    {
        Assert.Equal(expected, new Localizer(language).Date(new DateOnly(2026, 12, 5)));
    }

    [Fact]
    public void KyrgyzCulture_KeepsItsMonthNames_AndCannotBeChangedByACaller()
    {
        var culture = Language.Ky.Culture();

        Assert.Equal("ky-KG", culture.Name);
        Assert.True(culture.IsReadOnly);
        Assert.Equal("Декабрь", culture.DateTimeFormat.GetMonthName(12));
    }
}
