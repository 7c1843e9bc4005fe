// /users/{username}/followers: ../follow-list-page.tsx renders it, and ./[sort]/[page] past the first page.
import { followListPage } from "../follow-list-page";

const { generateMetadata, FollowListPage } = followListPage("followers");

export { generateMetadata };
export default FollowListPage;

export async function generateStaticParams() {
  return [{ username: "admin" }];
}
