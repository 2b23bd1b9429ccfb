using InternalControl.Kernel.Time;

namespace InternalControl.Kernel.Tests.Time;

public sealed class IsoInstantTests
{
    private static readonly DateTimeOffset Almaty = new(2026, 9, 1, 8, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void Text_InstantWithOffset_KeepsTheOffsetAndRoundTrips()
    {
        // Act
        var text = IsoInstant.Text(Almaty);

        // Assert
        Assert.Equal("2026-09-01T08:00:00.0000000+05:00", text);
        Assert.Equal(Almaty, IsoInstant.Parse(text));
        Assert.Equal(Almaty.Offset, IsoInstant.Parse(text).Offset);
    }

    [Fact]
    public void UtcText_InstantWithOffset_IsUtcWithZ()
    {
        // Act
        var text = IsoInstant.UtcText(Almaty);

        // Assert
        Assert.Equal("2026-09-01T03:00:00.0000000Z", text);
        Assert.Equal(Almaty, IsoInstant.Parse(text));
    }

    [Fact]
    public void ParseOrNull_Null_IsNull()
    {
        // Act, Assert
        Assert.Null(IsoInstant.ParseOrNull(null));
    }
}
