namespace InternalControl.Cli.Tests;

/// <summary>One run of `ic`: its exit code and what it wrote to standard output and standard error.</summary>
public sealed record IcRun(int ExitCode, string Out, string Error)
{
    /// <summary>Asserts the run succeeded (exit code 0), failing with what it wrote; the run, to read what it wrote.</summary>
    public IcRun AssertSucceeded()
    {
        Assert.True(ExitCode == 0, Out + Error);
        return this;
    }

    /// <summary>Asserts the run ended with <paramref name="exitCode"/> and its output shows each of <paramref name="texts"/>.</summary>
    public void AssertOut(int exitCode, params string[] texts) => AssertShown(exitCode, Out, texts);

    /// <summary>Asserts the run ended with <paramref name="exitCode"/> and its error output shows each of <paramref name="texts"/>.</summary>
    public void AssertError(int exitCode, params string[] texts) => AssertShown(exitCode, Error, texts);

    /// <summary>Asserts the run's output shows none of <paramref name="texts"/>.</summary>
    public void AssertOutLacks(params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(text, Out, StringComparison.Ordinal);
        }
    }

    private void AssertShown(int exitCode, string written, string[] texts)
    {
        Assert.Equal(exitCode, ExitCode);
        foreach (var text in texts)
        {
            Assert.Contains(text, written, StringComparison.Ordinal);
        }
    }
}
