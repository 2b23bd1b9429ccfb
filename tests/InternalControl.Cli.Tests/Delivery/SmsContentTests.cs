using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using InternalControl.Application.Delivery;
using InternalControl.Cli.Tests.Workers;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Cli.Tests.Delivery;

/// <summary>
/// Issue 15, "Message content": an SMS carries no marks or diagnoses, only that the school sent a message and the link
/// where the rest is read after signing in. Every notice the two demo schools produce (the Kyrgyz school evaluated and
/// ticked three weeks on, the Kazakh school evaluated with its scores) goes through the real SMS channel to a gateway on
/// loopback in kk, ky and ru, and each SMS as the gateway took it must fit two concatenated parts, name nobody, hold no
/// mark, subject, class, phone or ASCII id, and be written in its language.
/// </summary>
public sealed class SmsContentTests
{
    /// <summary>Cyrillic (and the Kazakh and Kyrgyz letters) goes as UCS-2: 70 characters in one SMS, 67 a part in a longer one.</summary>
    private const int PartChars = 67;

    /// <summary>A notice is at most two parts: what the school pays per message stays bounded.</summary>
    private const int MaxParts = 2;

    /// <summary>A web application's address as long as a district's would be.</summary>
    private static readonly Uri Link = new("https://internal-control.bilim.example.kg/");

    [Fact]
    public async Task SmsGateway_EveryDemoNoticeInKkKyRu_FitsTwoPartsAndCarriesNoPersonalDataOrIds()
    {
        // Arrange: the demo schools' notices, and what names, subjects and classes the schools hold.
        await using var channels = new LoopbackChannels();
        using var kg = new SchoolFixture();
        Assert.Equal(0, kg.Run("evaluate").ExitCode);
        Assert.Equal(0, Ic.Run("tick", "--db", kg.Db, "--now", "2026-12-18").ExitCode);
        using var kz = new KazakhSchoolFixture();
        var notices = Notices(kg.Db).Concat(Notices(kz.Db)).ToList();
        var forbidden = new[] { "kg-school", "kz-school" }.SelectMany(Forbidden).Where(w => w.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
        using var sms = new SmsGatewayChannel(new SmsGatewaySettings { Url = channels.SmsUrl, Timeout = TimeSpan.FromSeconds(10) }, Link);
        var contact = new Contact(Contact.Parent, "g00001", ContactChannel.Sms, "+996 220 688 131", 1);

        // Act: each notice as an SMS in each language.
        var languages = new[] { Language.Kk, Language.Ky, Language.Ru };
        var tries = notices.SelectMany(n => languages.Select(l => n with { Language = l, IdempotencyKey = Key(n, l) })).ToList();
        var refused = 0;
        await Parallel.ForEachAsync(tries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (notice, token) =>
        {
            if (!await sms.SendAsync(new DeliveryRequest(notice, contact), token))
            {
                Interlocked.Increment(ref refused);
            }
        });

        // Assert
        Assert.Equal(0, refused);
        Assert.True(notices.Count > 1000, $"{notices.Count} notices");
        Assert.Contains(notices, n => n.RecipientKind == Contact.Parent);
        Assert.Equal(notices.Count * languages.Length, channels.Sms.Count);
        foreach (var notice in notices)
        {
            foreach (var language in languages)
            {
                var (to, text) = Assert.Single(channels.Sms[Key(notice, language)]);
                Assert.Equal(contact.Address, to);
                Assert.True(Parts(text) <= MaxParts, $"{text.Length} characters: {text}");
                Assert.Contains(Link.ToString(), text, StringComparison.Ordinal);
                var words = text.Replace(Link.ToString(), "", StringComparison.Ordinal);

                // No id, key, number or mark (ASCII letters and digits appear only in the link) and nothing of the notice's own text.
                Assert.DoesNotMatch("[A-Za-z0-9]", words);
                Assert.DoesNotContain(forbidden, w => Regex.IsMatch(words, $@"(?<!\p{{L}}){Regex.Escape(w)}(?!\p{{L}})", RegexOptions.IgnoreCase));
                Assert.DoesNotContain(notice.Text, words, StringComparison.Ordinal);

                // Written in its language: Kazakh letters only in kk, Kyrgyz ө/ү/ң without them in ky, neither in ru.
                Assert.Equal(
                    (language == Language.Kk, language == Language.Ky),
                    (Regex.IsMatch(words, "[әіқғұһ]"), Regex.IsMatch(words, "[өүң]") && !Regex.IsMatch(words, "[әіқғұһ]")));
            }
        }
    }

    /// <summary>The parts an SMS of <paramref name="text"/> takes as UCS-2 (one of 70, or parts of 67).</summary>
    private static int Parts(string text) => text.Length <= 70 ? 1 : (text.Length + PartChars - 1) / PartChars;

    private static string Key(OutboxMessage notice, Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"{notice.IdempotencyKey}-{language.Code()}");

    /// <summary>Every message of the school's outbox, as `ic outbox --all --json` shows it.</summary>
    private static IEnumerable<OutboxMessage> Notices(string db) =>
        JsonDocument.Parse(Ic.Run("outbox", "--all", "--json", "--db", db).Out).RootElement.EnumerateArray().Select(m =>
        {
            var to = m.GetProperty("to").GetString()!.Split(':');
            return new OutboxMessage(
                m.GetProperty("id").GetInt64(), m.GetProperty("case").ValueKind == JsonValueKind.Null ? null : m.GetProperty("case").GetInt64(), to[0], to[1], Language.Ru,
                m.GetProperty("template").GetString()!, m.GetProperty("text").GetString()!, DateTimeOffset.UnixEpoch, null, null, 0, null,
                DeliveryState.Pending, m.GetProperty("key").GetString()!);
        });

    /// <summary>What an SMS must never name: the sample school's people (full names and surnames), phones, subjects and classes.</summary>
    private static IEnumerable<string> Forbidden(string sample)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", sample);
        IEnumerable<string> Column(string file, params string[] names)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, file));
            var header = lines[0].Split(',');
            var columns = names.Select(n => Array.IndexOf(header, n)).Where(i => i >= 0).ToList();
            return lines.Skip(1).Select(l => l.Split(',')).SelectMany(cells => columns.Select(i => cells[i].Trim())).Where(v => v.Length > 0);
        }

        var names = Column("pupils.csv", "full_name").Concat(Column("parents.csv", "full_name")).Concat(Column("staff.csv", "full_name")).ToList();
        return names.Concat(names.Select(n => n.Split(' ')[0]))
            .Concat(Column("parents.csv", "phone"))
            .Concat(Column("subjects.csv", "name_kk", "name_ky", "name_ru"))
            .Concat(Column("classes.csv", "name"));
    }
}
