using InternalControl.Application.Samples;
using InternalControl.Kernel.Schools;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Samples;

/// <summary>
/// The sample schools under samples/ are generated: this test fails when they differ from what the
/// generator writes. To regenerate them after a change to the generator:
/// <c>IC_REGENERATE_SAMPLES=1 dotnet test tests/InternalControl.Application.Tests --filter CommittedSamples</c>.
/// </summary>
public sealed class CommittedSamplesTests
{
    public static TheoryData<string, Country> Samples => new()
    {
        { "kg-school", Country.Kg },
        { "kz-school", Country.Kz },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void CommittedSample_IsWhatTheGeneratorWrites(string name, Country country)
    {
        // Arrange
        var committed = Path.Combine(RepositoryRoot.Path, "samples", name);
        var options = new SampleOptions(country, 240);
        if (Environment.GetEnvironmentVariable("IC_REGENERATE_SAMPLES") == "1")
        {
            SampleSchool.Write(options, committed, replace: true);
        }

        using var temp = new TempFolder();

        // Act
        SampleSchool.Write(options, temp.Path);

        // Assert
        var written = Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(written, Directory.GetFiles(committed).Select(Path.GetFileName).Where(f => f is not ("README.md" or "scores.csv")).Order(StringComparer.Ordinal));
        foreach (var file in written)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(temp.Path, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(committed, file!))),
                $"samples/{name}/{file} differs from the generator's output; regenerate it (see {nameof(CommittedSamplesTests)}).");
        }
    }
}
