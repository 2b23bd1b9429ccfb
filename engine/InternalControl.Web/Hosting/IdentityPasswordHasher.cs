using InternalControl.Application.Access;
using Microsoft.AspNetCore.Identity;

namespace InternalControl.Web.Hosting;

/// <summary>ASP.NET Core Identity's password hasher (PBKDF2 with a per-password salt) behind Application's interface.</summary>
internal sealed class IdentityPasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public string Hash(string password) => Hasher.HashPassword(User, password);

    public bool Verify(string hash, string password) => Hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
}
