namespace InternalControl.Workflows.Outbox;

/// <summary>
/// The two kinds of one-time sign-in link the outbox carries (a message of no case and no rule): one a parent asked for
/// on the sign-in page, which goes at once, quiet hours or not (they are waiting for it), and one the school sent
/// unasked (the deputy director's "send the parents of a class their links"), which waits for the quiet hours like any
/// message to a parent. An SMS carries a link message's own text (the link), not the usual "read it after signing in";
/// a link is not one of the messages the parent's page lists, nor one they acknowledge.
/// </summary>
public static class SignInLinks
{
    /// <summary>The template of a link the person asked for.</summary>
    public const string Requested = "signin-link:requested";

    /// <summary>The template of a link the school sent unasked.</summary>
    public const string Sent = "signin-link:sent";

    /// <summary>
    /// What stands for the token in a link's text as the outbox keeps it: the sender fills the token in when it sends the
    /// message, from a table that forgets it once the message is delivered, has failed or the link has expired, so the
    /// outbox (and `ic outbox`) never holds a live link.
    /// </summary>
    public const string Mask = "\u2022\u2022\u2022\u2022\u2022\u2022";

    /// <summary>Whether a message of <paramref name="template"/> carries a sign-in link.</summary>
    public static bool Carries(string template) => template is Requested or Sent;
}
