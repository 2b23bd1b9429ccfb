using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>`ic users invite --parents CLASS` sends every parent of a class a link through the outbox, printing none; `ic outbox` shows each masked.</summary>
public sealed class ParentLinksCommandTests
{
    [Fact]
    public void UsersInviteParents_AClass_PutsALinkForEachReachableParentInTheOutbox_AndPrintsNoLink()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var run = school.Run("users", "invite", "--parents", "5a", "--urls", "https://school97.example.kg", "--lang", "ru");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Класс 5А: ссылка отправлена \d+ родителям через очередь сообщений; у \d+ нет канала связи", run.Out);
        Assert.DoesNotContain("/signin/", run.Out, StringComparison.Ordinal);
        var links = JsonDocument.Parse(school.Run("outbox", "--all", "--json").Out).RootElement.EnumerateArray()
            .Where(m => m.GetProperty("text").GetString()!.Contains("https://school97.example.kg/signin/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, m => Assert.StartsWith("parent:", m.GetProperty("to").GetString(), StringComparison.Ordinal));
        Assert.All(links, m => Assert.Equal("signin-link:sent", m.GetProperty("template").GetString()));
        // `ic outbox` never prints a live link: the token is masked in the row (workflows/README.md, "Sign-in links")
        Assert.All(links, m => Assert.Contains("/signin/" + InternalControl.Workflows.Outbox.SignInLinks.Mask, m.GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("IC3860", "users", "invite")]
    [InlineData("IC3860", "users", "invite", "t001", "--parents", "5a")]
    [InlineData("IC3861", "users", "invite", "--parents", "99z")]
    [InlineData("IC3862", "users", "invite", "--parents", "5a", "--urls", "school")]
    public void UsersInvite_Wrong_IsOneCodedRefusal_AndSendsNothing(string code, params string[] args)
    {
        using var school = new SchoolFixture();

        var run = school.Run([.. args, "--lang", "en"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(code, run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("/signin/", school.Run("outbox", "--all").Out, StringComparison.Ordinal);
    }
}
