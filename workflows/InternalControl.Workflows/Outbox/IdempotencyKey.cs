using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// A message's idempotency key: a hash of what identifies it (school, case and journal entry, or the rule notice, recipient, template), so
/// it is the same on every read and every try, carries no personal data, and fits a gateway's client reference (34 characters).
/// </summary>
internal static class IdempotencyKey
{
    public static string Of(long schoolId, long? caseId, long? noticeId, int seq, string recipientKind, string recipientId, string template)
    {
        // A case's message keeps the identity it always had; a notice's is marked as one, so it never meets a case's.
        var source = caseId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "notice " + noticeId?.ToString(CultureInfo.InvariantCulture);
        var identity = string.Create(CultureInfo.InvariantCulture, $"{schoolId}\n{source}\n{seq}\n{recipientKind}\n{recipientId}\n{template}");
        return "ic" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }
}
