using System.Globalization;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Collects the items of an A-ASSOCIATE PDU and checks how often each may occur.</summary>
internal sealed class AssociateItems(string pduName)
{
    private string? _applicationContext;
    private UserInformation? _userInformation;

    public string PduName { get; } = pduName;

    public List<PresentationContextRq> RequestContexts { get; } = [];

    public List<PresentationContextAc> AcceptContexts { get; } = [];

    public void SetApplicationContext(string name)
    {
        if (_applicationContext is not null)
        {
            throw PduDecoder.Invalid(PduName + " contains more than one application context item.");
        }

        _applicationContext = name;
    }

    public void SetUserInformation(UserInformation userInformation)
    {
        if (_userInformation is not null)
        {
            throw PduDecoder.Invalid(PduName + " contains more than one user information item.");
        }

        _userInformation = userInformation;
    }

    public void AddRequestContext(PresentationContextRq context)
    {
        if ((context.Id & 1) == 0 || RequestContexts.Exists(c => c.Id == context.Id))
        {
            throw PduDecoder.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"{PduName} presentation context ID {context.Id} is even or repeated; expected unique odd IDs."));
        }

        RequestContexts.Add(context);
    }

    public void AddAcceptContext(PresentationContextAc context) => AcceptContexts.Add(context);

    public string RequireApplicationContext() =>
        _applicationContext ?? throw PduDecoder.Invalid(PduName + " has no application context item (0x10).");

    public UserInformation RequireUserInformation() =>
        _userInformation ?? throw PduDecoder.Invalid(PduName + " has no user information item (0x50).");
}
