using InternalControl.Application.Delivery;
using InternalControl.Application.Tests.Clauses;
using InternalControl.Storage.Contacts;
using InternalControl.Testing;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Application.Tests.Delivery;

/// <summary>5.7 "informed": the case's messages reach an SMTP server on loopback, each in its recipient's language.</summary>
public sealed class SmtpChannelTests
{
    [Fact]
    public async Task DeliverAsync_EmailContacts_EachArrivesInRecipientsLanguage()
    {
        // Arrange: 5.7 informs the class teacher (Kyrgyz) and the parents; g2 reads Russian
        using var school = Kg97School.WithCase();
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [
            new Contact(Contact.Staff, Kg97School.ClassTeacher, ContactChannel.Email, "t010@school.example.org", 1),
            new Contact(Contact.Parent, "g2", ContactChannel.Email, "g2@example.org", 1)]);
        await using var smtp = new LoopbackSmtp();
        var channel = new SmtpChannel(Settings(smtp), new Uri("https://school97.example.kg/"));
        // The class teacher has the 5.7 notice and the 6.1 task; the notice is the one followed here.
        var toTeacher = Assert.Single(school.MessagesTo(Kg97School.ClassTeacher), m => m.Template == "LowAchiever.Started");
        var toFather = Assert.Single(school.MessagesTo("g2"));

        // Act
        await school.Runtime.DeliverAsync([channel], Options());

        // Assert
        var teacher = Assert.Single(smtp.Received, m => m.MessageId == toTeacher.IdempotencyKey + "@internal-control");
        Assert.Equal("Мектептен кабар", teacher.Subject);
        Assert.Equal("ky", teacher.Body!.Headers["Content-Language"]);
        Assert.StartsWith(toTeacher.Text, teacher.TextBody, StringComparison.Ordinal);
        Assert.Equal(toTeacher.IdempotencyKey + "@internal-control", teacher.MessageId);
        var father = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "g2@example.org");
        Assert.Equal("Сообщение из школы", father.Subject);
        Assert.Equal("ru", father.Body!.Headers["Content-Language"]);
        Assert.Contains("Подробнее — после входа: https://school97.example.kg/", father.TextBody, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Sent, Assert.Single(school.MessagesTo("g2")).State);
        Assert.Equal(toFather.Id, Assert.Single(school.MessagesTo("g2")).Id);
    }

    [Fact]
    public async Task DeliverAsync_ServerRefuses_RetriedAndSentOnSecondTry()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [
            new Contact(Contact.Staff, Kg97School.MathsTeacher, ContactChannel.Email, "t020@school.example.org", 1)]);
        await using var smtp = new LoopbackSmtp { RefuseNext = 1 };
        var channel = new SmtpChannel(Settings(smtp), null);

        // Act
        var first = await school.Runtime.DeliverAsync([channel], Options());
        var afterRefusal = Assert.Single(school.MessagesTo(Kg97School.MathsTeacher));
        var second = await school.Runtime.DeliverAsync([channel], Options());

        // Assert
        Assert.Equal((0, 1), (first.Sent, first.Retrying));
        Assert.Equal(("email", 1, DeliveryState.Pending), (afterRefusal.Channel, afterRefusal.Tries, afterRefusal.State));
        Assert.Equal(1, second.Sent);
        Assert.Equal((1, 1), (smtp.Refused, smtp.Received.Count));
        Assert.Equal((2, DeliveryState.Sent), (school.MessagesTo(Kg97School.MathsTeacher)[0].Tries, school.MessagesTo(Kg97School.MathsTeacher)[0].State));
    }

    [Fact]
    public async Task DeliverAsync_NoServerListening_FailedTryNotException()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [
            new Contact(Contact.Staff, Kg97School.MathsTeacher, ContactChannel.Email, "t020@school.example.org", 1)]);
        int port;
        await using (var closed = new LoopbackSmtp())
        {
            port = closed.Port;
        }

        var channel = new SmtpChannel(new SmtpSettings { Host = "127.0.0.1", Port = port, From = "school@example.org", Security = "none" }, null);

        // Act
        var report = await school.Runtime.DeliverAsync([channel], Options());

        // Assert
        Assert.Equal(1, report.Retrying);
    }

    [Fact]
    public void ToString_SmtpSettings_ShowsNoSecret()
    {
        // Arrange
        var settings = new SmtpSettings { Host = "smtp.example.org", From = "school@example.org", User = "school", Password = "s3cret" };

        // Act
        var text = settings.ToString();

        // Assert
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("school", text, StringComparison.Ordinal);
    }

    internal static SmtpSettings Settings(LoopbackSmtp smtp) =>
        new() { Host = "127.0.0.1", Port = smtp.Port, From = "school97@example.kg", Security = "none", Timeout = TimeSpan.FromSeconds(10) };

    // No delay between tries, so that the second run retries at once (the backoff itself is tested in Workflows.Tests).
    private static DeliveryOptions Options() => new(3, TimeSpan.Zero, TimeSpan.Zero, new Random(1));
}
