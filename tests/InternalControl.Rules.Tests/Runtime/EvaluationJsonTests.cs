using System.Text.Json;

namespace InternalControl.Rules.Tests.Runtime;

public sealed class EvaluationJsonTests
{
    [Fact]
    public void ToJson_Firing_ListsFiredAndStarted()
    {
        // Arrange
        var result = Some.Run("rule \"r\" when pupil p subject s count(mark g where g.value = 2) >= 3 then start \"low-achiever\" for p, s end", Some.Marks);

        // Act
        using var json = JsonDocument.Parse(result.ToJson());

        // Assert
        var fired = json.RootElement.GetProperty("fired")[0];
        var started = json.RootElement.GetProperty("started")[0];
        Assert.Equal(("r", "P1", "MATH"), (fired.GetProperty("rule").GetString(), fired.GetProperty("pupil").GetString(), fired.GetProperty("subject").GetString()));
        Assert.Equal(("low-achiever", "P1/MATH"), (started.GetProperty("workflow").GetString(), started.GetProperty("key").GetString()));
    }
}
