using System.Globalization;
using System.Text.Json;
using InternalControl.Application.Access;
using InternalControl.Application.Delivery;
using InternalControl.Application.Tests.Clauses;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Testing;
using InternalControl.Workflows.Outbox;
using Microsoft.Extensions.Configuration;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace InternalControl.Application.Tests.Delivery;

/// <summary>Telegram through Telegram.Bot against WireMock.Net playing the Bot API: linking a chat by code, a message with its button, the acknowledgement in the journal.</summary>
public sealed class TelegramTests : IDisposable
{
    private const string Token = "123456:TEST-token";
    private const long Chat = 555001;
    private readonly WireMockServer _api = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{LoopbackPorts.Free()}"] });

    public TelegramTests()
    {
        _api.Given(Request.Create().WithPath($"/bot{Token}/sendMessage").UsingPost())
            .RespondWith(Json("""{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":555001,"type":"private"},"text":"x"}}"""));
        _api.Given(Request.Create().WithPath($"/bot{Token}/answerCallbackQuery").UsingPost()).RespondWith(Json("""{"ok":true,"result":true}"""));
    }

    public void Dispose() => _api.Stop();

    [Fact]
    public async Task PollAsync_StartWithCode_LinksChatToParentOnce()
    {
        // Arrange: the school prints a code for g1 (`ic contacts link g1 --parent`), who sends it to the bot
        using var school = Kg97School.WithCase();
        var contacts = school.Workspace.Database.Contacts;
        var code = contacts.IssueLinkCode(school.Workspace.School.Id, Contact.Parent, "g1", school.Workspace.Clock.GetUtcNow().AddDays(1));
        Updates($$$"""{"update_id":10,"message":{"message_id":5,"date":0,"chat":{"id":{{{Chat}}},"type":"private"},"text":"/start {{{code}}}"}}""");
        using var updates = new TelegramUpdates(Settings(), school.Runtime, contacts, school.Workspace.Clock);

        // Act
        var linked = await updates.PollAsync();
        var again = contacts.Link(school.Workspace.School.Id, code, "777", school.Workspace.Clock.GetUtcNow());

        // Assert
        Assert.Equal(1, linked);
        var telegram = Assert.Single(contacts.Of(school.Workspace.School.Id, Contact.Parent, "g1"));
        Assert.Equal((ContactChannel.Telegram, "555001"), (telegram.Channel, telegram.Address));
        Assert.Null(again);
        var reply = Assert.Single(_api.LogEntries, e => e.RequestMessage!.Path.EndsWith("/sendMessage", StringComparison.Ordinal)).RequestMessage!.Body!;
        using var json = JsonDocument.Parse(reply);
        Assert.StartsWith("Бул чат байланыштырылды", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_ReadButtonFromRecipientsChat_AcknowledgementInCaseJournal()
    {
        // Arrange: 5.7 informs g1 by Telegram; the message carries an "I have read it" button
        using var school = Kg97School.WithCase();
        var contacts = school.Workspace.Database.Contacts;
        contacts.Save(school.Workspace.School.Id, [new Contact(Contact.Parent, "g1", ContactChannel.Telegram, "555001", 1)]);
        using var channel = new TelegramChannel(Settings());
        await school.Runtime.DeliverAsync([channel], new DeliveryOptions(3, TimeSpan.Zero, TimeSpan.Zero, new Random(1)));
        var message = Assert.Single(school.MessagesTo("g1"));
        var sent = Assert.Single(_api.LogEntries).RequestMessage!.Body!;
        Updates(
            Callback(11, "q-other", 555999, message.Id),
            Callback(12, "q-parent", Chat, message.Id));
        using var updates = new TelegramUpdates(Settings(), school.Runtime, contacts, school.Workspace.Clock);

        // Act
        var acknowledged = await updates.PollAsync();

        // Assert: only the recipient's chat counts, once
        Assert.Equal(DeliveryState.Sent, message.State);
        using var json = JsonDocument.Parse(sent);
        Assert.Equal(message.Text, json.RootElement.GetProperty("text").GetString());
        var button = json.RootElement.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0];
        Assert.Equal(("Окудум", $"ack:{message.Id}"), (button.GetProperty("text").GetString(), button.GetProperty("callback_data").GetString()));
        Assert.Equal(1, acknowledged);
        var history = school.Runtime.History(message.CaseId!.Value, Language.Ru);
        Assert.Single(history, line => line.Contains($"прочитал(а) сообщение № {message.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_SignInFromAParentsChat_SendsThatChatAOneTimeLinkInTheParentsLanguage()
    {
        // Arrange: g1 (Kyrgyz) is reached by Telegram, so has no address to type on the sign-in page; the chat asks the bot.
        using var school = Kg97School.WithCase();
        var contacts = school.Workspace.Database.Contacts;
        contacts.Save(school.Workspace.School.Id, [new Contact(Contact.Parent, "g1", ContactChannel.Telegram, "555001", 1)]);
        Updates("""{"update_id":20,"message":{"message_id":7,"date":0,"chat":{"id":555001,"type":"private"},"text":"/signin"}}""");
        var settings = new OutboxSettings { Telegram = Settings(), Link = new Uri("http://127.0.0.1:5080/") };

        // Act
        await OutboxDelivery.SendAsync(settings, school.Session, school.Workspace.Clock, new Random(1));

        // Assert: the bot says a link is coming, and the link goes to that chat in the same run, its token filled in.
        var texts = SentTexts(555001);
        Assert.Contains(texts, t => t.StartsWith("Кирүү шилтемеси ушул чатка жөнөтүлүүдө", StringComparison.Ordinal));
        var link = Assert.Single(texts, t => t.Contains("http://127.0.0.1:5080/signin/", StringComparison.Ordinal));
        Assert.DoesNotContain(SignInLinks.Mask, link, StringComparison.Ordinal);
        var access = new AccessStore(school.Workspace.Database, school.Workspace.School.Id, school.Workspace.Clock);
        Assert.Equal(1, access.LinksIssuedWithin(PersonKind.Parent, "g1", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task SendAsync_SignInAskedTwice_TheSecondIsOverTheConfiguredHourlyLimit_AndOnlyOneLinkIsMade()
    {
        // Arrange: the school allows one parent link an hour (Access:ParentLinksPerHour, as the web host reads it).
        using var school = Kg97School.WithCase();
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [new Contact(Contact.Parent, "g1", ContactChannel.Telegram, "555001", 1)]);
        Updates(
            """{"update_id":22,"message":{"message_id":9,"date":0,"chat":{"id":555001,"type":"private"},"text":"/signin"}}""",
            """{"update_id":23,"message":{"message_id":10,"date":0,"chat":{"id":555001,"type":"private"},"text":"/signin@school_bot"}}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:Telegram:Token"] = Token,
            ["Outbox:Telegram:ApiUrl"] = _api.Url,
            ["Outbox:Link"] = "http://127.0.0.1:5080/",
            ["Access:ParentLinksPerHour"] = "1",
        }).Build();

        // Act
        await OutboxDelivery.SendAsync(OutboxSettings.Read(configuration), school.Session, school.Workspace.Clock, new Random(1));

        // Assert
        var texts = SentTexts(555001);
        Assert.Single(texts, t => t.StartsWith("Кирүү шилтемеси ушул чатка жөнөтүлүүдө", StringComparison.Ordinal));
        Assert.Single(texts, t => t.StartsWith("Сиз ушул саатта бир нече шилтеме сурадыңыз", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("http://127.0.0.1:5080/signin/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(555999L, null, "g1")]
    [InlineData(555009L, "g9", "g9")]
    public async Task SendAsync_SignInFromAChatLinkedToNoParentOfTheSchool_IsToldToSendTheCode_AndNoLinkIsMade(long chat, string? linkedTo, string person)
    {
        // Arrange: a chat linked to nobody, or to g9, who is in no pupil's parents any more (a later import left them out).
        using var school = Kg97School.WithCase();
        if (linkedTo is not null)
        {
            school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [new Contact(Contact.Parent, linkedTo, ContactChannel.Telegram, chat.ToString(CultureInfo.InvariantCulture), 1)]);
        }

        Updates(string.Create(CultureInfo.InvariantCulture, $$$"""{"update_id":21,"message":{"message_id":8,"date":0,"chat":{"id":{{{chat}}},"type":"private"},"text":"/signin"}}"""));
        var settings = new OutboxSettings { Telegram = Settings(), Link = new Uri("http://127.0.0.1:5080/") };

        // Act
        await OutboxDelivery.SendAsync(settings, school.Session, school.Workspace.Clock, new Random(1));

        // Assert
        Assert.Equal(["Этот чат не привязан к родителю в школе. Сначала отправьте код, который выдала школа."], SentTexts(chat));
        var access = new AccessStore(school.Workspace.Database, school.Workspace.School.Id, school.Workspace.Clock);
        Assert.Equal(0, access.LinksIssuedWithin(PersonKind.Parent, person, TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task DeliverAsync_BotApi500_FailedTryRetriedLater()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [new Contact(Contact.Parent, "g1", ContactChannel.Telegram, "555001", 1)]);
        _api.Reset();
        _api.Given(Request.Create().WithPath($"/bot{Token}/sendMessage").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"ok":false,"error_code":500,"description":"Internal Server Error"}"""));
        using var channel = new TelegramChannel(Settings());

        // Act
        await school.Runtime.DeliverAsync([channel], new DeliveryOptions(3, TimeSpan.Zero, TimeSpan.Zero, new Random(1)));

        // Assert
        var message = Assert.Single(school.MessagesTo("g1"));
        Assert.Equal(("telegram", 1, DeliveryState.Pending), (message.Channel, message.Tries, message.State));
    }

    [Fact]
    public async Task DeliverAsync_BotApiTooSlow_TimeoutIsAFailedTry_ThenTheNextChannelTakesIt()
    {
        // Arrange: the parent's Telegram first, their e-mail second; the Bot API answers after the timeout.
        using var school = Kg97School.WithCase();
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id,
            [new Contact(Contact.Parent, "g1", ContactChannel.Telegram, "555001", 1), new Contact(Contact.Parent, "g1", ContactChannel.Email, "g1@example.org", 2)]);
        _api.Reset();
        _api.Given(Request.Create().WithPath($"/bot{Token}/sendMessage").UsingPost())
            .RespondWith(Json("""{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":555001,"type":"private"},"text":"x"}}""").WithDelay(TimeSpan.FromSeconds(5)));
        using var channel = new TelegramChannel(new TelegramSettings { Token = Token, ApiUrl = new Uri(_api.Url!), Timeout = TimeSpan.FromMilliseconds(300) });
        await using var smtp = new LoopbackSmtp();
        var email = new SmtpChannel(SmtpChannelTests.Settings(smtp), new Uri("https://school97.example.kg/"));
        var options = new DeliveryOptions(1, TimeSpan.Zero, TimeSpan.Zero, new Random(1));

        // Act: one try on Telegram (it times out), then the next run goes by e-mail.
        await school.Runtime.DeliverAsync([channel, email], options);
        var afterTimeout = Assert.Single(school.MessagesTo("g1"));
        await school.Runtime.DeliverAsync([channel, email], options);

        // Assert
        Assert.Equal(("email", 0, DeliveryState.Pending), (afterTimeout.Channel, afterTimeout.Tries, afterTimeout.State));
        var sent = Assert.Single(school.MessagesTo("g1"));
        Assert.Equal(("email", DeliveryState.Sent), (sent.Channel, sent.State));
        Assert.Equal("g1@example.org", Assert.Single(smtp.Received).To.Mailboxes.Single().Address);
    }

    private TelegramSettings Settings() => new() { Token = Token, ApiUrl = new Uri(_api.Url!) };

    /// <summary>The Bot API hands these updates out once, then none.</summary>
    /// <summary>The texts the bot sent to one chat, in order.</summary>
    private List<string> SentTexts(long chat) =>
        [.. _api.LogEntries
            .Where(e => e.RequestMessage!.Path.EndsWith("/sendMessage", StringComparison.Ordinal))
            .Select(e => JsonDocument.Parse(e.RequestMessage!.Body!).RootElement)
            .Where(j => j.GetProperty("chat_id").ToString() == chat.ToString(CultureInfo.InvariantCulture))
            .Select(j => j.GetProperty("text").GetString()!)];

    private void Updates(params string[] updates)
    {
        _api.Given(Request.Create().WithPath($"/bot{Token}/getUpdates").UsingPost())
            .InScenario("updates").WillSetStateTo("handed")
            .RespondWith(Json($$"""{"ok":true,"result":[{{string.Join(",", updates)}}]}"""));
        _api.Given(Request.Create().WithPath($"/bot{Token}/getUpdates").UsingPost())
            .InScenario("updates").WhenStateIs("handed")
            .RespondWith(Json("""{"ok":true,"result":[]}"""));
    }

    private static string Callback(int update, string id, long chat, long messageId) => string.Create(CultureInfo.InvariantCulture, $$$"""
        {"update_id":{{{update}}},"callback_query":{"id":"{{{id}}}","from":{"id":{{{chat}}},"is_bot":false,"first_name":"A"},"chat_instance":"c",
         "message":{"message_id":1,"date":0,"chat":{"id":{{{chat}}},"type":"private"},"text":"x"},"data":"ack:{{{messageId}}}"}}
        """);

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
}
