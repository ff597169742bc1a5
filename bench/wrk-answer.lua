-- Appended to a generated "attempts" table: save a random answer to a random question of a random
-- attempt (a.n questions: a paper can be shorter than asked). Options 0 and 1 exist in every kind (true/false has only two).
request = function()
  local a = attempts[math.random(#attempts)]
  local body = '{"option":' .. math.random(0, 1) .. '}'
  return wrk.format("PUT", "/api/quizzes/" .. a.id .. "/answers/" .. math.random(0, a.n - 1),
    {["Cookie"] = a.cookie, ["Content-Type"] = "application/json"}, body)
end
