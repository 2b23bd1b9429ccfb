using InternalControl.Application.Files;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Files;

/// <summary>Hardening, finding 1: a write that fails (a full disk, a writer's fault) leaves the old file as it was and no temporary file.</summary>
public sealed class FileOutputTests
{
    [Fact]
    public void Finding1_AFailedWrite_LeavesTheOldFileAndNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var target = temp.File("report.csv");
        File.WriteAllText(target, "the old report");

        var refusal = FileOutput.Write(target, stream =>
        {
            stream.Write("half a repo"u8);
            throw new IOException("No space left on device");
        });

        Assert.Equal("IC3105", refusal?.Code);
        Assert.Contains("прежний файл не изменён", refusal!.Message(Language.Ru));
        Assert.Equal("the old report", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Finding1_ASuccessfulWrite_ReplacesTheTarget()
    {
        using var temp = new TempFolder();
        var target = temp.File("report.csv");
        File.WriteAllText(target, "the old report");

        var refusal = FileOutput.Write(target, stream => stream.Write("the new report"u8));

        Assert.Null(refusal);
        Assert.Equal("the new report", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(temp.Path));
    }
}
