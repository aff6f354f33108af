import { apiClient, signUpApi } from "./accounts";
import { expect, test } from "./fixtures";

const PROMPT = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Compare the two." }] }] };
const ASSIGNMENT = {
  title: "Rules check",
  prompt: PROMPT,
  compare: "/compare?left=sco-charter-2002:art_10&right=rats-agreement-2002:art_6",
  opensAt: "2020-01-01T00:00:00Z",
  dueAt: "2030-01-01T00:00:00Z",
};

test("seminar rules, as anonymous, non-member, student and instructor", async ({ baseURL }) => {
  const anonymous = await apiClient(baseURL!);
  const { api: instructor, id: instructorId } = await signUpApi(baseURL!, "Instructor");
  const { api: student, id: studentId } = await signUpApi(baseURL!, "Student");
  const { api: outsider } = await signUpApi(baseURL!, "Outsider");
  const { api: second, id: secondId } = await signUpApi(baseURL!, "Second");

  // Creating a seminar needs an account.
  expect((await anonymous.post("/api/seminars", { data: { name: "Nope" } })).status()).toBe(401);
  const created = await instructor.post("/api/seminars", { data: { name: "Rules seminar", term: "2026" } });
  expect(created.status()).toBe(201);
  const id = (await created.json()).seminar.id;
  const seminar = async () => (await (await instructor.get(`/api/seminars/${id}`)).json()).seminar;
  const code = (await seminar()).joinCode;
  expect(code.replace(/-/g, "")).toHaveLength(12);

  // Joining: anonymous 401, wrong code 404, right code joins as a student.
  expect((await anonymous.post("/api/seminars/join", { data: { code } })).status()).toBe(401);
  expect((await student.post("/api/seminars/join", { data: { code: "AAAA-AAAA-AAAA" } })).status()).toBe(404);
  expect((await student.post("/api/seminars/join", { data: { code } })).status()).toBe(200);
  expect((await second.post("/api/seminars/join", { data: { code } })).status()).toBe(200);

  // Reading the seminar: members only; others get 404, so its existence is not revealed.
  expect((await anonymous.get(`/api/seminars/${id}`)).status()).toBe(404);
  expect((await outsider.get(`/api/seminars/${id}`)).status()).toBe(404);
  const asStudent = await student.get(`/api/seminars/${id}`);
  expect(asStudent.status()).toBe(200);
  expect((await asStudent.json()).seminar.joinCode).toBeUndefined();
  expect((await instructor.get(`/api/seminars/${id}`)).status()).toBe(200);

  // Changing the seminar: instructors only.
  const rename = { name: "Renamed" };
  expect((await anonymous.patch(`/api/seminars/${id}`, { data: rename })).status()).toBe(401);
  expect((await outsider.patch(`/api/seminars/${id}`, { data: rename })).status()).toBe(404);
  expect((await student.patch(`/api/seminars/${id}`, { data: rename })).status()).toBe(403);
  expect((await seminar()).name).toBe("Rules seminar");
  expect((await instructor.patch(`/api/seminars/${id}`, { data: { newCode: true } })).status()).toBe(200);
  expect((await seminar()).joinCode).not.toBe(code);

  // Members: promote and remove, instructors only.
  for (const [api, status] of [
    [anonymous, 401],
    [outsider, 404],
    [student, 403],
  ] as const) {
    expect((await api.patch(`/api/seminars/${id}/members/${secondId}`, { data: { role: "instructor" } })).status()).toBe(status);
    expect((await api.delete(`/api/seminars/${id}/members/${secondId}`)).status()).toBe(status);
  }
  const members = async () => (await seminar()).members as { userId: string; role: string; former: boolean }[];
  expect((await members()).find((m) => m.userId === secondId)).toMatchObject({ role: "student", former: false });

  // Assignments: set and changed by instructors only; read by members.
  for (const [api, status] of [
    [anonymous, 401],
    [outsider, 404],
    [student, 403],
  ] as const) {
    expect((await api.post(`/api/seminars/${id}/assignments`, { data: ASSIGNMENT })).status()).toBe(status);
  }
  expect((await (await instructor.get(`/api/seminars/${id}/assignments`)).json()).assignments).toHaveLength(0);
  const set = await instructor.post(`/api/seminars/${id}/assignments`, { data: ASSIGNMENT });
  expect(set.status()).toBe(201);
  const aid = (await set.json()).assignment.id;
  for (const [api, status] of [
    [anonymous, 401],
    [outsider, 404],
    [student, 403],
  ] as const) {
    expect((await api.patch(`/api/seminars/${id}/assignments/${aid}`, { data: { title: "Changed" } })).status()).toBe(status);
    expect((await api.get(`/api/seminars/${id}/assignments/${aid}/export`)).status()).toBe(status);
  }
  expect((await anonymous.get(`/api/seminars/${id}/assignments/${aid}`)).status()).toBe(404);
  expect((await outsider.get(`/api/seminars/${id}/assignments/${aid}`)).status()).toBe(404);
  const read = await student.get(`/api/seminars/${id}/assignments/${aid}`);
  expect(read.status()).toBe(200);
  expect((await read.json()).assignment.title).toBe("Rules check");
  expect((await instructor.get(`/api/seminars/${id}/assignments/${aid}/export`)).status()).toBe(200);

  // Seminar notes: readable by members only; outsiders cannot post to the seminar.
  const target = { document: "sco-charter-2002", edition: "en-meher", provision: "art_10__para_1", start: 4, end: 14 };
  expect((await outsider.post("/api/annotations", { data: { body: PROMPT, targets: [target], assignmentId: aid } })).status()).toBe(400);
  expect((await outsider.post("/api/annotations", { data: { body: PROMPT, targets: [target], visibility: "seminar", seminarId: id } })).status()).toBe(400);
  const note = await student.post("/api/annotations", { data: { body: PROMPT, targets: [target], assignmentId: aid } });
  expect(note.status()).toBe(201);
  const noteJson = (await note.json()).annotation;
  expect(noteJson).toMatchObject({ visibility: "seminar", seminarId: id, assignmentId: aid });
  expect((await anonymous.get(`/api/annotations/${noteJson.id}`)).status()).toBe(404);
  expect((await outsider.get(`/api/annotations/${noteJson.id}`)).status()).toBe(404);
  expect((await instructor.get(`/api/annotations/${noteJson.id}`)).status()).toBe(200);

  // Removing: the last instructor stays; a removed student loses access but the note stays.
  expect((await instructor.delete(`/api/seminars/${id}/members/${instructorId}`)).status()).toBe(409);
  expect((await instructor.delete(`/api/seminars/${id}/members/${studentId}`)).status()).toBe(200);
  expect((await student.get(`/api/seminars/${id}`)).status()).toBe(404);
  const kept = (await (await instructor.get(`/api/annotations/${noteJson.id}`)).json()).annotation;
  expect(kept).toMatchObject({ formerMember: true, deleted: false });
  expect((await student.post("/api/seminars/join", { data: { code: (await seminar()).joinCode } })).status()).toBe(403);
  // Promotion works for the instructor.
  expect((await instructor.patch(`/api/seminars/${id}/members/${secondId}`, { data: { role: "instructor" } })).status()).toBe(200);
  expect((await members()).find((m) => m.userId === secondId)?.role).toBe("instructor");
  // Joining can be turned off.
  expect((await instructor.patch(`/api/seminars/${id}`, { data: { joining: "off" } })).status()).toBe(200);
  expect((await seminar()).joinCode).toBeNull();
});

test("join codes cannot be guessed: attempts are rate-limited", async ({ baseURL }) => {
  const { api: guesser } = await signUpApi(baseURL!, "Guesser");
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await guesser.post("/api/seminars/join", { data: { code: `ZZZZ-ZZZZ-ZZ${String(i).padStart(2, "2")}` } })).status());
  expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
  expect(statuses[10]).toBe(429);
});
