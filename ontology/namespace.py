"""POL: the closed namespace of ontology/pol.ttl (tests keep the two in step)."""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class POL(DefinedNamespace):
    _NS = Namespace("https://w3id.org/polkg/ontology#")
    _fail = True

    Appointed: URIRef
    BecameLeader: URIRef
    Constituency: URIRef
    DateInterval: URIRef
    Defeated: URIRef
    Dismissed: URIRef
    Elected: URIRef
    Election: URIRef
    ElectionCalled: URIRef
    ElectionHeld: URIRef
    Event: URIRef
    Evidence: URIRef
    Expelled: URIRef
    Joined: URIRef
    Leadership: URIRef
    Left: URIRef
    Membership: URIRef
    Office: URIRef
    OfficeHolding: URIRef
    Organization: URIRef
    Party: URIRef
    Person: URIRef
    Reinstated: URIRef
    Representation: URIRef
    Resigned: URIRef
    ResultDeclared: URIRef
    SourceDocument: URIRef
    StoodForElection: URIRef
    Suspended: URIRef
    Tenure: URIRef
    VoteCount: URIRef
    agent: URIRef
    alias: URIRef
    birthDate: URIRef
    charEnd: URIRef
    charStart: URIRef
    confidence: URIRef
    constituency: URIRef
    contentHash: URIRef
    country: URIRef
    date: URIRef
    dateUnknownReason: URIRef
    deathDate: URIRef
    earliest: URIRef
    election: URIRef
    electionKind: URIRef
    electorate: URIRef
    end: URIRef
    endCause: URIRef
    evidence: URIRef
    externalId: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    fileName: URIRef
    gender: URIRef
    holder: URIRef
    invalidVotes: URIRef
    latest: URIRef
    leader: URIRef
    loadStarted: URIRef
    loadedAt: URIRef
    loader: URIRef
    majority: URIRef
    member: URIRef
    namedGraph: URIRef
    object: URIRef
    office: URIRef
    organization: URIRef
    otherVotes: URIRef
    place: URIRef
    precision: URIRef
    publicationDate: URIRef
    recordLocator: URIRef
    region: URIRef
    representative: URIRef
    role: URIRef
    sentence: URIRef
    sourceDocument: URIRef
    start: URIRef
    validVotes: URIRef
    voteCount: URIRef
    votes: URIRef
    votesFor: URIRef
    wikidataId: URIRef
